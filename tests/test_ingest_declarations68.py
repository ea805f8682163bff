"""Session 68: a scholarly piece's declarations after its text (``chronica.ingest._lexicon.DECLARATION``): the
acknowledgements, data, competing-interests and funding statements under their labels, and a writer's thanks in
the third person, are read as a disclaimer, which ends the article after the body. A story's own thanks ("We
thank our readers …", "The mayor thanked …") are none. Every sentence here was written for these tests.

Dev texts: uzbtjk 06 (a journal article's "Acknowledgements. We thank …" and "Data availability. …"), sengnb 05 (a
society journal's "The author thanks …"), ausnzl 04 (an editorial's "Competing interests: none declared."), prtind
05 (an exhibit's "Acknowledgements: my thanks to …").
"""

from __future__ import annotations

import pytest
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc

from chronica.ingest._lexicon import DECLARATION


@pytest.mark.parametrize(
    ("line", "declares"),
    [
        ("Acknowledgements. We thank the harbour board's archivist and two anonymous reviewers.", True),
        ("Acknowledgments: my thanks to the members of the ferry society.", True),
        ("Data availability. The tide records are available from the author on request.", True),
        ("Competing interests: none declared.", True),
        ("Conflict of interest: the author sits on the pier trust's board.", True),
        ("Funding: the survey was paid for by the island council.", True),
        ("The author thanks the harbour library for access to the ferry logs.", True),
        ("The authors are grateful to the pier engineers for their drawings.", True),
        # a story's sentences
        ("We thank our readers for their letters about the night crossing.", False),
        ("The author of the report thanked the engineers at the meeting.", False),
        ("Funding for the new pier has not been agreed.", False),
        ("Acknowledgements of the damage came only in March.", False),
    ],
)
def test_a_declaration_line(line: str, declares: bool) -> None:
    assert bool(DECLARATION.match(line)) is declares


@pytest.mark.parametrize(
    "notes",
    [
        ["Acknowledgements. We thank the harbour board's archivist.", "Data availability. The tide tables are held by the board."],
        ["The author thanks the ferry society's librarian for the timetables."],
        ["Competing interests: none declared."],
    ],
)
def test_declarations_after_the_body_are_not_article(notes: list[str]) -> None:
    doc = _doc("\n\n".join([P1, P2, P3, *notes]))
    assert doc.text.rstrip().endswith(P3)
    assert all(note not in doc.text for note in notes)
