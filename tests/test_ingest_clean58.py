"""Cleaning, session 58 (issue 10): the author field holds the names alone whatever read them, and
a script's directions to the studio are no text. Every document here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._title_block import bare_author


def _one(path: Path):
    docs, errors = load(path)
    assert errors == [] and len(docs) == 1
    return docs[0]


# --- the author field: no honorific, no post after the name ------------------------------------


@pytest.mark.parametrize(
    ("printed", "bare"),
    [
        ("Mrs T. Vallender", "T. Vallender"),
        ("Ms Orla Penhallow, History Department", "Orla Penhallow"),
        ("Dr. Idris Mabena", "Idris Mabena"),
        ("Dr Sela Quint and Dr Raoul Teixo", "Sela Quint and Raoul Teixo"),
        ("Bryn Askew, Baltic Correspondent", "Bryn Askew"),
        ("Mr Oskar Lind", "Oskar Lind"),
        # a list of names stays a list; a name that starts like an honorific stays whole
        ("Ana Petrov, Tomas Vell", "Ana Petrov, Tomas Vell"),
        ("Drew Mosley", "Drew Mosley"),
        ("Mister Lamb", "Mister Lamb"),
        # an organisation with a desk named after a comma is no name: left as printed
        ("The Harbour Weekly, News Desk", "The Harbour Weekly, News Desk"),
        (None, None),
    ],
)
def test_the_author_field_holds_the_names_alone(printed: str | None, bare: str | None) -> None:
    assert bare_author(printed) == bare


def test_an_exported_record_author_loses_the_post(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    record = {"title": "Ferry talks resume", "author": "Bryn Askew, Baltic Correspondent",
              "published": "2031-04-02",
              "body": "Negotiators from Norland and Vestmark met in Porth on Tuesday to resume talks on the "
                      "ferry route that was suspended last winter, officials said."}
    p.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert _one(p).author == "Bryn Askew"


def test_a_page_byline_loses_the_honorific(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("Spring letter from the lower school\n\nBy Mrs T. Vallender\n\n"
                 "The exchange with our partner school in Vestmark went ahead in March despite the ferry strike, "
                 "and twenty pupils spent a week in Porth.\n\n"
                 "The pupils visited the border museum and the old customs house, which closed in 2029.\n",
                 encoding="utf-8")
    assert _one(p).author == "T. Vallender"


# --- a script's directions to the studio ----------------------------------------------------------

SCRIPT = """Tidewater Radio: the noon bulletin

[00:00] [JINGLE: NEWS STING — 5"]

Good afternoon. Norland and Vestmark have signed an agreement reopening the ferry route between Porth and Aldby, closed since the storm of 2030.

`[MUSIC: low brass, fade under]`

The ministers met for three hours at the harbour office and said the first sailing would leave on the first of June.

[SFX: ship's horn, two blasts]

[CUE: CLIP — MINISTER, 0'09" — OUT: "...a good day for both shores."]

Officials in Aldby said the customs post would be staffed by both countries for the first year.

[UPDATE: The harbour office later said the first sailing had been moved to the third of June.]

Fishermen in Porth welcomed the deal but asked for the quota talks to be reopened as well.

The minister [Ilse Varn] said she would visit Aldby next month.
"""


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ('[JINGLE: NEWS STING — 5"]', True),
        ("[MUSIC: low brass, fade under]", True),
        ("[SFX: ship's horn, two blasts]", True),
        ("[CUE: CLIP — MINISTER", True),
        # an insertion that is a sentence, and a bracket inside a sentence, are text
        ("[UPDATE: The harbour office later said", False),
        ("The minister [Ilse Varn] said", False),
        ("Fishermen in Porth welcomed the deal", False),
    ],
)
def test_a_direction_to_the_studio_is_no_text(tmp_path: Path, line: str, removed: bool) -> None:
    p = tmp_path / "bulletin.txt"
    p.write_text(SCRIPT, encoding="utf-8")
    doc = _one(p)
    assert (line not in doc.text) is removed
    if removed:
        assert any(kind == "cue" and line in text for kind, text in doc.removed)


# --- who transcribed or captioned a recording -----------------------------------------------------

CAPTIONS = """HARBOUR TV EVENING NEWS - CAPTION TRANSCRIPT

Captions by Quayside Subtitling Ltd. These captions may contain errors.

Transcribed from the society's tape recording of the evening.

[18:00:05] >> Good evening. Norland and Vestmark signed a fisheries accord in Porth this afternoon, ending three years of talks over the quota in the northern bay.

[18:00:41] >> The accord sets a joint patrol for the bay and a commission that will meet twice a year in Aldby.

Transcribed from a shorthand notebook, the speech the minister gave in Aldby in 1931 was printed a week later.

[18:01:30] >> Fishermen in both ports said they would wait to see the first quotas before they celebrate.

Captioning (c) Quayside Subtitling Ltd for Harbour TV.
"""


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Captions by Quayside Subtitling Ltd.", True),
        ("Transcribed from the society's tape recording", True),
        ("Captioning (c) Quayside Subtitling Ltd", True),
        # a sentence of the story that opens with the same word is text
        ("Transcribed from a shorthand notebook, the speech", False),
        ("Fishermen in both ports said", False),
    ],
)
def test_who_transcribed_or_captioned_the_recording_is_no_text(tmp_path: Path, line: str, removed: bool) -> None:
    p = tmp_path / "captions.txt"
    p.write_text(CAPTIONS, encoding="utf-8")
    assert (line not in _one(p).text) is removed


# --- a quoted note over a Markdown text -----------------------------------------------------------

LECTURE = """# Lecture 4: Norland and Vestmark after the ferry war

*Thursday 3 October 2030. Slides on the course page.*

> Reminder: the second essay is due on Monday. The seminar moves to room 12 this week.

> "A border is a promise both sides keep forgetting."

## 1. The ferry war

In 2027 the two governments closed the ferry route between Porth and Aldby after a quarrel over the customs post, and the route stayed shut for three years.

> Students often ask why the route mattered so much: it was the only crossing open in winter.
"""

STANDFIRST = """# The long quarrel over the northern bay

> How a fishing quota set in 1998 turned two friendly ports into rivals for a generation.

Norland and Vestmark signed the quota in Porth, and for a decade no one complained about it.

The trouble began when the cod moved north and the boats of Aldby followed them into waters Porth thought its own.
"""


@pytest.mark.parametrize(
    ("text", "line", "removed"),
    [
        (LECTURE, "Reminder: the second essay is due on Monday.", True),
        # an epigraph, a quoted paragraph in the body, a standfirst with its year are the text
        (LECTURE, "A border is a promise both sides keep forgetting.", False),
        (LECTURE, "Students often ask why the route mattered so much", False),
        (LECTURE, "In 2027 the two governments closed the ferry route", False),
        (STANDFIRST, "How a fishing quota set in 1998 turned two friendly ports", False),
    ],
)
def test_a_quoted_note_over_the_text_is_no_text(tmp_path: Path, text: str, line: str, removed: bool) -> None:
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    assert (line not in _one(p).text) is removed


# --- an advertisement's call to buy -----------------------------------------------------------------

NEWSLETTER = """The Porth Letter, issue 12

Norland and Vestmark reopened the ferry route between Porth and Aldby on Monday, three years after the quarrel over the customs post closed it.

The first sailing carried forty passengers and a lorry of fish, and the mayors of both ports were on the quay to meet it.

Sailing to Aldby this summer? Get a quote today at porthferries.example/letter

Weekend fares to Vestmark from 40 crowns. Limited seats. Book now. Terms apply.

Readers can order the commemorative stamp online; use code PORTH31 at the post office shop.

The ferry company said in 2029 that it would not apply online for the new licence until the customs quarrel was settled, and it kept its word.

The harbour office expects six sailings a week by the autumn, when the winter timetable begins.
"""


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Get a quote today at porthferries.example/letter", True),
        ("Limited seats. Book now. Terms apply.", True),
        ("use code PORTH31", True),
        # a story's sentence, long, that names the same words is text
        ("it would not apply online for the new licence", False),
        ("The first sailing carried forty passengers", False),
    ],
)
def test_a_call_to_buy_is_an_advertisement(tmp_path: Path, line: str, removed: bool) -> None:
    p = tmp_path / "letter.txt"
    p.write_text(NEWSLETTER, encoding="utf-8")
    assert (line not in _one(p).text) is removed


# --- a file's author field naming a desk; the writer under a title set over several lines ----------

from chronica.ingest._credits import name_under_title, names_a_desk  # noqa: E402


@pytest.mark.parametrize(
    ("field", "desk"),
    [
        ("NHS editorial office", True),
        ("Porth Society secretariat", True),
        ("KV production", True),
        ("Transaction counsel", True),
        ("Harbour Power Corporate Affairs", True),
        # people, and a body that wrote the report, are no desk
        ("Ilse Varn", False),
        ("Norland Boundary Commission", False),
        ("Documentation and Archives Unit", False),
    ],
)
def test_a_file_author_field_naming_a_desk(field: str, desk: bool) -> None:
    assert names_a_desk(field) is desk


HEAD = ["Porth Historical Bulletin · No. 12 · May 2031",
        "Ferries and Frontiers: the Porth–Aldby Crossing",
        "and its Customs Post, 1920–1975",
        "Ilse Varn",
        "Research notes · Received 2 March 2031"]


@pytest.mark.parametrize(
    ("lines", "title", "author"),
    [
        (HEAD, "Ferries and Frontiers: the Porth–Aldby Crossing and its Customs Post, 1920–1975", "Ilse Varn"),
        # without the title known, a name four lines down under a running head is not taken
        (HEAD, None, None),
        # a name line that does not stand under the title's last line is not taken
        (HEAD, "Ferries and Frontiers", None),
        (["Ferries and Frontiers", "Ilse Varn", "The crossing opened in 1920."], None, "Ilse Varn"),
    ],
)
def test_the_writer_under_a_title_set_over_several_lines(lines: list[str], title: str | None, author: str | None) -> None:
    assert name_under_title(lines, title) == author


_TITLE = "Salt and Ferries: the Porth–Aldby Crossing, 1920–1975"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # session 62: the title's last line one word long, read with the line over it
        (["Porth Bulletin · No. 12", "Salt and Ferries: the Porth–Aldby Crossing,", "1920–1975", "Ilse Varn",
          "The crossing opened in 1920."], "Ilse Varn"),
        # what the writer is, after a comma: a society, a member's number
        (["Page 41", "Salt and Ferries: the Porth–Aldby", "Crossing, 1920–1975", "Ilse Varn, Porth Ferry Society",
          "The crossing opened in 1920."], "Ilse Varn"),
        (["Salt and Ferries: the Porth–Aldby Crossing, 1920–1975", "Ilse Varn, member no. 1187", "Text."], "Ilse Varn"),
        # a venue and a date under the title is no writer
        (["Salt and Ferries: the Porth–Aldby Crossing, 1920–1975", "Harbour Lodge, Porth, Saturday 4 May 2031",
          "Text."], None),
        # two names after a comma are a list, not a writer and an affiliation
        (["Salt and Ferries: the Porth–Aldby Crossing, 1920–1975", "Ilse Varn, Oskar Dahl", "Text."], None),
    ],
)
def test_the_writer_under_a_title_with_what_the_writer_is(lines: list[str], author: str | None) -> None:
    assert name_under_title(lines, _TITLE) == author
