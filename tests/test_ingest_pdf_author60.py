"""A PDF whose /Author names the team or body that made the file ("Harbour Journal typesetting",
"Port Board production") while the first page prints its writer's name under the title: the writer is
the author, not the team. The name under the title is enough (it need not be a "By …" line); without
a printed name the /Author stays, as before. A writer's credit line ("Prepared by …", "By … |", "Lead
author: …") wins over the /Author whoever it names (session 62). Invented files."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_shapes30 import BODY1, BODY2, _one, _pdf


@pytest.mark.parametrize(
    ("info", "head", "author"),
    [
        # a journal article: the production team in the metadata, the writer under the title
        ("<< /Title (hj_12_3_final.pdf) /Author (Harbour Journal typesetting) >>",
         [(16, "Cranes and Ferries in a Small Port"), (11, "Jana Velm*")], "Jana Velm"),
        # a bulletin article: the issuing board in the metadata, two writers under the title
        ("<< /Author (Port Board production office) >>",
         [(16, "Dredging the Outer Channel"), (11, "Oskar Dahl and Mei Lin")], "Oskar Dahl and Mei Lin"),
        # a report with no name printed under its title keeps the metadata's body
        ("<< /Author (Harbour Board) >>", [(16, "Dredging the Outer Channel")], "Harbour Board"),
        # a person in the metadata stays the author whatever is printed
        ("<< /Author (Anna Keller) >>", [(16, "Dredging the Outer Channel"), (11, "Oskar Dahl")], "Anna Keller"),
        # a credit line printed over the text wins over the metadata's name, a body's or a person's
        # (session 62): the file's maker is not the piece's writer
        ("<< /Author (Kestrel Market Intelligence) >>",
         [(16, "Dredging the Outer Channel"), (11, "Prepared by Jana Velm, Market Intelligence, Kestrel Cargo")],
         "Jana Velm"),
        ("<< /Author (Lakeside Livelihoods Watch) >>",
         [(16, "Dredging the Outer Channel"), (11, "By Oskar Dahl and Mei Lin | Field research: March 2023")],
         "Oskar Dahl and Mei Lin"),
        ("<< /Author (J. Velm) >>",
         [(16, "Dredging the Outer Channel"), (11, "Lead author: Dr. Jana Velm. Contributors: Oskar Dahl.")],
         "Jana Velm"),
    ],
)
def test_the_writer_printed_under_the_title_over_a_team_in_the_metadata(
        tmp_path: Path, info: str, head: list, author: str) -> None:
    p = tmp_path / "article.pdf"
    p.write_bytes(_pdf([head + BODY1, BODY2], info))
    assert _one(p).author == author
