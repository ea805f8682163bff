"""Cleaning, session 63 (issue 10): the writer a letter signs as ("Happy reading, / Jane Doe / Club
secretary", "Jane Doe / for everyone at the shop", "Jane Doe, Link Secretary", a letter to the editor
signed with a town, "Yours sincerely, / Jane Doe / Records Officer") is its author, before the
organisation an e-mail's "From:" or a PDF's /Author names; a name line that is a subheading, a name alone,
or one of several items' signatures is none. Every document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load

HEADER = ("From: The Bramble Street Reading Circle <news@bramble.example>\n"
          "To: members@bramble.example\n"
          "Date: Tue, 12 Mar 2024 08:15:00 +0000\n"
          "Subject: Newsletter 58 -- the ferry treaty evening\n\n")

LETTER = ("Dear members,\n\n"
          "Our March evening looks at the ferry treaty that Ruritania and Freedonia signed in 1911, after "
          "ten years of quarrels over the crossings, and at the commission that met every spring until the "
          "war closed the river.\n\n"
          "Seats are few this time, so a line back by Friday helps the hall committee plan the chairs; "
          "soup will be served from half past six.\n\n")

TAIL = ("\n------------------------------------------------------------\n"
        "This list is kept by the circle's volunteers for members only.\n"
        "Leave the list: news-leave@bramble.example\n")

LISTINGS = ("\n--- DATES\n\n"
            "Thursday 21 March, 7 pm: the treaty evening in the church hall. Free, but please book a seat.\n\n"
            "Saturday 6 April: the spring book sale, from ten in the morning until the tables are empty.\n")


def _load(tmp_path: Path, text: str) -> tuple[str | None, str]:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    docs, errors = load(path)
    assert errors == [] and len(docs) == 1
    assert "ferry treaty" in docs[0].text
    return docs[0].author, docs[0].text


@pytest.mark.parametrize(
    ("signature", "after", "author"),
    [
        # a valediction, the name, the post: the club's secretary wrote it, not the club that sent it
        ("Happy reading,\n\nMarta Ellings-Voss\nCircle secretary, Bramble Street Reading Circle\n", TAIL,
         "Marta Ellings-Voss"),
        # the name and "for everyone at" the shop, the letter going on with its listings
        ("Tobiah Renwick-Osei\nfor everyone at the Bramble Street Reading Circle\n", LISTINGS, "Tobiah Renwick-Osei"),
        # the name and the post on one line
        ("Ines Arkwright, Newsletter Editor\n", TAIL, "Ines Arkwright"),
        # a letter to the editor signed with its writer's town
        ("Kofi Brandt-Amoah\nPortmeadow\n", TAIL, "Kofi Brandt-Amoah"),
        # a name alone under the letter: as often a subheading; the sender is an organisation: no author
        ("Marta Ellings-Voss\n", TAIL, None),
        # a subheading over a paragraph, shaped "Name, role": no sign-off
        ("Anselm Wick, the ferryman of the lower crossing\n",
         "\nHe rowed the last ferry across in 1914, and his log of the crossings is kept in the town museum.\n" + TAIL,
         None),
        # a heading in capitals under a name is no role line
        ("Tobiah Renwick-Osei\n", LISTINGS, None),
    ],
)
def test_the_writer_a_letter_signs_as(tmp_path: Path, signature: str, after: str, author: str | None) -> None:
    found, text = _load(tmp_path, HEADER + LETTER + signature + after)
    assert found == author
    if author:
        assert author not in text  # the sign-off is no part of the letter's text


def test_several_signed_items_name_no_single_writer(tmp_path: Path) -> None:
    second = ("Our treasurer reminds everyone that the subscription for the year is due at the April "
              "meeting.\n\n"
              "Owen Taliesin-Marr\nTreasurer\n")
    found, _ = _load(tmp_path, HEADER + LETTER + "Marta Ellings-Voss\nCircle secretary\n\n" + second + TAIL)
    assert found is None


def test_a_person_sending_it_stays_its_writer(tmp_path: Path) -> None:
    header = HEADER.replace("The Bramble Street Reading Circle <news@", "Hanne Lorquist <hanne@")
    found, _ = _load(tmp_path, header + LETTER + TAIL)
    assert found == "Hanne Lorquist"


@pytest.mark.parametrize(
    ("info", "closing", "author"),
    [
        # an office's letter: the unit that made the file in the metadata, its officer signing it
        ("<< /Author (Records Request Unit) >>",
         [(10.5, "Yours sincerely,"), (10.5, "Halvard Mossberg-Tan"), (10.5, "Records Officer"),
          (10.5, "Records Request Unit"),
          (10.5, "Please quote the reference number on this letter in any reply to the office.")],
         "Halvard Mossberg-Tan"),
        # no signature: the body in the metadata stays
        ("<< /Author (Records Request Unit) >>", [], "Records Request Unit"),
        # a person in the metadata stays the author whoever signs
        ("<< /Author (Ilse Varnhagen) >>",
         [(10.5, "Yours sincerely,"), (10.5, "Halvard Mossberg-Tan"), (10.5, "Records Officer")], "Ilse Varnhagen"),
    ],
)
def test_a_signed_letter_in_a_pdf_over_a_body_in_the_metadata(
        tmp_path: Path, info: str, closing: list, author: str) -> None:
    from test_ingest_shapes30 import BODY1, BODY2, _one, _pdf

    p = tmp_path / "reply.pdf"
    p.write_bytes(_pdf([[(16, "Your request for the harbour records")] + BODY1, BODY2 + closing], info))
    assert _one(p).author == author
