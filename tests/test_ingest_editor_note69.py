"""Session 69: a note saying when the piece reached its editor ("Received by the editor on …", "Submitted to
the series editor on …", "Jane's piece was submitted to the editors on …") is a stage of the manuscript, as
"Received 3 May 2021; accepted …" is (``chronica._lexicon.MANUSCRIPT_STAGE``): removed as a dateline, alone
or at the foot of a paragraph. Only an editor, the referees or the journal take a manuscript in: a sentence
about a court, a senate or a council receiving something stays. Dev texts: thamys 02 (a magazine's note under
an article), egyjor 06 (an essay's foot in a festival programme), kazuzb 01 (a newsletter column's note); the
text below is our own."""

from __future__ import annotations

import pytest

from chronica.ingest._clean import _manuscript_history
from chronica.ingest._load import document_from_text

BODY = ("The salt caravans crossed the northern plateau every spring until the two kingdoms closed the border "
        "in 1931, and the oasis towns on both sides lost half their trade within a decade. The merchants who "
        "stayed turned to dates and wool, and the old routes fell silent.\n\n"
        "After the treaty of 1948 reopened the crossing, the caravans never came back in their old numbers, "
        "but lorries took their place on the same tracks within a few years.")


@pytest.mark.parametrize(("line", "history"), [
    ("Received by the editor on 27 March 2023.", True),
    ("Submitted to the series editor on 4 June 2022.", True),
    ("Mara's piece was submitted to the editors on 12 May 2021.", True),
    ("This essay was received by the editors on 3 May 2021.", True),
    ("Received 4 April 2023; accepted 2 September 2023", True),  # as before
    # a body's sentence: a court, a senate, a council is no editor
    ("The claim was submitted to the Court on 5 May 2003.", False),
    ("The treaty was received by the Senate on 5 May 2003.", False),
    ("Submitted to the council on 12 May 2021.", False),
    ("The report was received by the committee on 5 May 2003.", False),
    ("The letter was received on 5 May 2003.", False),
    ("The essay was received on 5 May 2003.", False),
    ("Received by the editor with thanks.", False),
])
def test_an_editors_note_is_a_stage_of_the_manuscript(line: str, history: bool) -> None:
    assert _manuscript_history(line) is history


@pytest.mark.parametrize("note", [
    "Received by the editor on 27 March 2023.",
    "Mara's piece was submitted to the editors on 12 May 2021.",
])
def test_the_note_under_the_article_is_removed(note: str) -> None:
    raw = "Salt and Silence on the Plateau\n\nBy Mara Quint\n\n" + BODY + "\n\n" + note + "\n"
    doc = document_from_text("article.txt", "txt", raw)
    assert note not in doc.text
    assert "lorries took their place on the same tracks" in doc.text
    assert any(kind == "dateline" and note.startswith(text.strip()[:20]) for kind, text in doc.removed)


def test_a_body_sentence_about_a_court_stays() -> None:
    line = "The claim was submitted to the Court on 5 May 2003."
    raw = "Salt and Silence on the Plateau\n\nBy Mara Quint\n\n" + BODY + "\n\n" + line + "\n"
    assert line in document_from_text("article.txt", "txt", raw).text
