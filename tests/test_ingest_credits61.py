"""Cleaning, session 61 (issue 10): the writer a Markdown page's credit line names under its title,
whatever the label ("Answered by:", "Report by:", "Hosted by", "Observer:", "Written for the Circle
by", "Compiled by chef-instructor …"), the post after the name left out. Every document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load


def _author(tmp_path: Path, credit: str) -> str | None:
    text = ("# Ruritania and Freedonia: the river years\n\n"
            "Riverside Library · Reference Services\n\n"
            f"{credit}\n\n"
            "The two states signed their first river convention in 1911 after a decade of quarrels over the "
            "ferries, and the commission they founded met every spring until the war closed the crossings.\n")
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    docs, errors = load(path)
    assert errors == [] and len(docs) == 1
    assert "first river convention" in docs[0].text
    return docs[0].author


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        # a reference desk's answer, its answerer and post
        ("**Answered by:** Tamsin Oakhurst, Reference Librarian", "Tamsin Oakhurst"),
        # a trip report's writer, his companions in brackets
        ("Report by: Pieter Maasland (with Ines Korver and Ruth Adeyemi)", "Pieter Maasland"),
        # a podcast page's particulars: the host is the episode's author
        ("Published 4 May 2022 · 48 min · Season 2 · Hosted by Lorna Vesk", "Lorna Vesk"),
        # a court monitor's hearing notes: the observer wrote them
        ("Published 9 June 2023 · Observer: Kees Marlowe · Case: Ruritania v. Freedonia", "Kees Marlowe"),
        # a study circle's course pack, written for the circle by two tutors
        ("*Written for the Circle by Anouk Verel and Tobias Kint · Suggested length: one evening*",
         "Anouk Verel and Tobias Kint"),
        # a post in lower case before the name
        ("Course handout · Kitchen B · Compiled by chef-instructor Aimé Dossou-Kral", "Aimé Dossou-Kral"),
        # no credit: a sentence that opens like a label, a team, a date alone
        ("Reported by the ministry in 1999, the count was never checked.", None),
        ("Published 4 May 2022 · 48 min · Season 2", None),
    ],
)
def test_the_writer_a_credit_line_names(tmp_path: Path, credit: str, author: str | None) -> None:
    assert _author(tmp_path, credit) == author
