"""A manuscript's history glued into a paragraph (chronica.ingest._clean._split_manuscript_histories): "Received
…; revised …; accepted …" between an article's affiliations and its abstract, or before the author's note, is
cut out and removed as a dateline, the rest of the paragraph kept; its "revised" date is no update note of the
page. Shapes seen in six dev texts of six subjects (journal and society articles set from PDF); the text below
is our own."""

from __future__ import annotations

import pytest

from chronica.ingest._load import document_from_text

BODY = ("The salt caravans crossed the northern plateau every spring until the two kingdoms closed the border "
        "in 1931, and the oasis towns on both sides lost half their trade within a decade. The merchants who "
        "stayed turned to dates and wool, and the old routes fell silent.\n\n"
        "After the treaty of 1948 reopened the crossing, the caravans never came back in their old numbers, "
        "but lorries took their place on the same tracks within a few years.")

CASES = [
    # between an affiliation line and the abstract, no sentence end before it
    ("after-affiliation",
     "Salt and Silence on the Plateau\n\nMara Quint, Plateau Trade History Circle Received 4 April 2023; revised "
     "19 July 2023; accepted 2 September 2023. Abstract. This article follows the salt caravans between the two "
     "kingdoms.\n\n" + BODY,
     "Received 4 April 2023", "Abstract. This article follows the salt caravans"),
    # opening a paragraph, the author's note after it
    ("before-author-note",
     "Salt and Silence on the Plateau\n\nMara Quint\n\nReceived 4 April 2023; accepted for publication 2 September "
     "2023. The author has walked the caravan tracks since 2009 and led the circle's field trips.\n\n" + BODY,
     "Received 4 April 2023", "The author has walked the caravan tracks since 2009"),
]


@pytest.mark.parametrize("name, raw, history, kept", CASES, ids=[c[0] for c in CASES])
def test_history_cut_out(name: str, raw: str, history: str, kept: str) -> None:
    doc = document_from_text("article.txt", "txt", raw)
    assert history not in doc.text
    assert kept in doc.text and "the old routes fell silent" in doc.text
    assert any(kind == "dateline" and text.startswith(history) for kind, text in doc.removed)
    assert doc.published != "2023-07-19"  # the referees' round is no update of the page


def test_narrative_sentence_with_received_is_kept() -> None:
    raw = ("Salt and Silence on the Plateau\n\n" + BODY + "\n\nThe envoy of the southern kingdom was received on "
           "3 May 1948 by the king, who signed the treaty the same week. Received 3 May 1948 by the king, the "
           "envoy spoke of the caravans and of the closed border for an hour.")
    doc = document_from_text("article.txt", "txt", raw)
    assert "Received 3 May 1948 by the king" in doc.text
