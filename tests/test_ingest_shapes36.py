"""Documents and their metadata in shapes met on the newest dev subjects (issue 10, session 36): a
JSON Lines export that names its timestamp its own way, a copyright line that prints the owner before
the year (the year of a wire dateline), "Compiled by" as a wire factbox's author credit, and a PDF's
text layer: lines that run to the page's margin mid-sentence, page numbers, and a notice printed at
the edge of every page. Every text here is made up in the shapes publishers use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._clean import clean_units, lexicon_kind
from chronica.ingest._load import _field
from chronica.ingest._published import copyright_year
from chronica.ingest._units import segment


def _one(tmp_path: Path, text: str, name: str = "page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs


# --- a JSON Lines record dated by its timestamp's form -------------------------------------------

RECORD_DATES = [
    # a news app's push alerts: "sent_at"
    ({"id": "a-1", "sent_at": "2021-03-04T09:15:00+02:00", "headline": "Talks resume", "body": "Delegations met again."},
     "2021-03-04T09:15:00+02:00"),
    # a forum export: "created" with a space between date and time
    ({"post_id": "77", "user": "riverwatch", "created": "2019-11-02 18:40:12", "body": "The dam was finished in 1970."},
     "2019-11-02 18:40:12"),
    # a live blog's entries: "entry_time" in UTC
    ({"entry": 4, "entry_time": "2023-06-01T08:05Z", "headline": "Leaders meet", "body": "The two leaders met at noon."},
     "2023-06-01T08:05Z"),
    # a named date field still wins over any other timestamp
    ({"sent_at": "2022-01-01T00:00:00Z", "published": "2021-12-31T23:00:00Z", "body": "A year ends."}, "2021-12-31T23:00:00Z"),
    # the export's own moment never dates the record
    ({"fetched_at": "2024-05-05T10:00:00Z", "body": "The treaty was signed in 1995."}, None),
    ({"deleted_at": "2024-05-05T10:00:00Z", "body": "The treaty was signed in 1995."}, None),
    # a date with no time of day is no timestamp: an identifier or a topic may look like one
    ({"batch": "2024-05-05", "body": "The treaty was signed in 1995."}, None),
]


@pytest.mark.parametrize("record,value", RECORD_DATES)
def test_a_record_is_dated_by_its_timestamp_field(record, value) -> None:
    assert _field(record, "published") == value


def test_push_alerts_carry_each_record_date(tmp_path: Path) -> None:
    lines = [
        {"id": "n-1", "sent_at": "2022-10-11T17:42:09+03:00", "headline": "Deal agreed",
         "body": "The two governments say they have agreed the text of a maritime deal."},
        {"id": "n-2", "sent_at": "2022-10-27T15:05:31+03:00", "headline": "Deal signed",
         "body": "The two governments on Thursday signed the maritime deal at the border post."},
    ]
    docs = _one(tmp_path, "\n".join(json.dumps(r) for r in lines) + "\n", "alerts.jsonl")
    assert [d.published for d in docs] == ["2022-10-11", "2022-10-27"]


# --- the copyright line's year after the owner's name --------------------------------------------

@pytest.mark.parametrize("text,year", [
    ("Our Standards: The Wire Trust Principles.\n© Meridian Wire 2024. All rights reserved.", 2024),
    ("© The Harbour Courier 2025 · Terms · Privacy · Cookie settings", 2025),
    ("Copyright © 2021 Ministry of Foreign Affairs", 2021),
    ("© Ministry of Foreign Affairs 2020", 2020),
    ("© Ege Postası 2021", 2021),
    # no copyright line
    ("(c) the status of persons of Indian origin under the agreements of 1964", None),
    ("under the Copyright Act 1957 the archive may copy it", None),
    # a range of years names no one year
    ("© Kestrel Lane Films 2019–2020", None),
    # two years: no one year
    ("© Meridian Wire 2023.\n© Meridian Wire 2024.", None),
])
def test_the_copyright_year(text, year) -> None:
    assert copyright_year(text) == year


WIRE = ("WORLD | Middle East\n\nFACTBOX-Key moments on the northern border\n\nBy Wire staff\n\n"
        "LAKESIDE, {dateline} (Meridian Wire) - A ceasefire took hold on {weekday} after the cabinet approved the deal, "
        "and troops began to pull back from the river.\n\n"
        "* The two sides signed an armistice on March 23, 1949.\n\n"
        "* The border was marked on the ground in 2000.\n\n"
        "{credit}\n\nRelated coverage:\nFamilies head home as truce holds\n\n{copyright}\n")


@pytest.mark.parametrize("dateline,weekday,copyright,published", [
    ("Nov 27", "Wednesday", "© Meridian Wire 2024. All rights reserved.", "2024-11-27"),
    ("Sept 15", "Friday", "© Meridian Wire 2023", "2023-09-15"),
    ("Aug 28", "Monday", "Copyright © 2017 Meridian Wire", "2017-08-28"),
])
def test_a_yearless_wire_dateline_takes_the_copyright_year(tmp_path: Path, dateline, weekday, copyright, published) -> None:
    text = WIRE.format(dateline=dateline, weekday=weekday, copyright=copyright,
                       credit="(Reporting by Jo Weiss; Editing by Kim Ode)")
    assert _one(tmp_path, text)[0].published == published


# --- "Compiled by" credits the author ------------------------------------------------------------

@pytest.mark.parametrize("credit,author", [
    ("(Compiled by Nadia Farhat and Tomas Lindqvist; Editing by Helen Marsh)", "Nadia Farhat and Tomas Lindqvist"),
    ("Compiled by Carla Montes; Editing by Thomas Hale", "Carla Montes"),
    ("(Compiled by Arjun Mehta; Editing by Claire Whit)", "Arjun Mehta"),
    # an editor alone is no author
    ("(Editing by Helen Marsh)", None),
])
def test_a_compiler_credit_names_the_author(tmp_path: Path, credit, author) -> None:
    text = WIRE.format(dateline="Nov 27", weekday="Wednesday", copyright="© Meridian Wire 2024", credit=credit)
    assert _one(tmp_path, text)[0].author == author


# --- a PDF's lines that run to the margin --------------------------------------------------------

def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


PDF_RUNS = [
    # a date cut at the margin (a conference paper)
    (_page("Slide 3 — The raid",
           "The guerrillas stepped up their activity along the frontier after the war. On the night of 29",
           "December 1968 paratroopers landed at the airport and destroyed thirteen aircraft on the ground.",
           "The government resigned within weeks, and the army was ordered to guard the southern villages.",
           "Nothing changed on the border itself, which stayed quiet for the rest of that winter season."),
     "On the night of 29 December 1968 paratroopers landed"),
    # a name cut at the margin (a textbook chapter)
    (_page("Chapter 9",
           "In October the delegates went to London for the talks. The delegation, led by Arthur",
           "Griffith and Michael Collins, faced the prime minister across the table for eight weeks.",
           "After weeks of bargaining the treaty was signed in the early hours of a December morning.",
           "It left three naval bases in British hands and required an oath from every member there."),
     "led by Arthur Griffith and Michael Collins"),
    # a place cut at the margin (lecture notes)
    (_page("Slide 3 — The maritime boundary",
           "A second agreement, in March 1976, extended the line into the Gulf of Mannar and the Bay of",
           "Bengal. The issue still surfaces in every election in the state, whichever party is running.",
           "Fishermen kept the right to dry their nets on the islet, and pilgrims could attend the feast.",
           "The boundary has not been redrawn since, although the question is raised at every election."),
     "the Bay of Bengal. The issue"),
]


@pytest.mark.parametrize("raw,joined", PDF_RUNS)
def test_a_pdf_line_at_the_margin_runs_on(raw, joined) -> None:
    assert any(joined in u.text for u in segment(raw, pdf=True))
    assert not any(joined in u.text for u in segment(raw))  # a plain text's lines are read as before


def test_a_pdf_line_that_ends_a_sentence_or_a_short_line_does_not_run_on() -> None:
    raw = _page("The Accord was signed in Colombo on 29 July 1987 by the two heads of government present.",
                "Slide 6 — The IPKF",
                "Within days the first troops landed at the port, and their number grew month after month and",
                "- The peacekeepers fought the Tigers from October 1987 until they left in March 1990 then.",
                "Their withdrawal was completed in March 1990, after the new government asked them to leave.")
    texts = [u.text for u in segment(raw, pdf=True)]
    assert "Slide 6 — The IPKF" in texts
    assert texts[0].endswith("heads of government present.")
    assert any(t.startswith("The peacekeepers") for t in texts)  # a list item opens its own unit


# --- a page's number is no part of the sentence it interrupts ------------------------------------

@pytest.mark.parametrize("folio", ["Page 2", "Page 2 of 4", "— 48 —", "– 12 –", "p. 7"])
def test_a_folio_between_two_halves_of_a_sentence_stays_apart(folio) -> None:
    raw = _page("The next day, 4 June 1987, transports escorted by fighters dropped 25 tonnes of relief over",
                folio,
                "the northern town: the message to the capital was clear, and the government gave way soon.")
    texts = [u.text for u in segment(raw, pdf=True)]
    assert folio in texts
    assert lexicon_kind(segment(folio)[0]) == "nav"


# --- a notice at the edge of every page ----------------------------------------------------------

NOTICE = "Northgate University, Department of International Politics. For enrolled students only."
PAGE_LINES = [f"On page {n} the lecture turns to the years after {1960 + 10 * n}, when the two governments met again."
              for n in range(1, 4)]
BODY_LINES = ["The first agreement on the stateless was signed in October 1964 by the two prime ministers.",
              "A second agreement in 1974 settled the fate of the remaining people who had no citizenship.",
              "The maritime boundary in the strait was fixed the same year and extended two years later.",
              "Relations cooled in the late 1970s, when the new government turned to Western partners.",
              "The riots of July 1983 drove many thousands of people across the strait to the mainland."]


@pytest.mark.parametrize("where", ["top", "foot", "mixed"])
def test_a_notice_printed_on_every_page_leaves_every_copy(where) -> None:
    pages = []
    for n in range(1, 4):
        at_top = where == "top" or (where == "mixed" and n % 2)
        body = [PAGE_LINES[n - 1], *BODY_LINES[n - 1:n + 2], f"That page ends in the year {1970 + n} with the talks."]
        lines = [NOTICE, f"Page {n}", *body] if at_top else [*body, NOTICE, f"Page {n}"]
        pages.append(_page(*lines))
    raw = "\n\n".join(pages)
    result = clean_units(raw, segment(raw, pdf=True))
    assert NOTICE not in result.text
    assert all(line in result.text for line in PAGE_LINES)


def test_a_sentence_said_three_times_in_paragraphs_stays() -> None:
    refrain = "We will not forget the villages that were lost in the war."
    paras = [f"{line}\n\n{refrain}" for line in BODY_LINES[:3]]
    raw = "\n\n".join(paras) + "\n"
    result = clean_units(raw, segment(raw))
    assert refrain in result.text


# --- a WebVTT NOTE's labelled date line dates the programme ----------------------------------------

def _vtt(note: str) -> str:
    cues = ["[WAVES]",
            "<v Narrator>The strait is thirty kilometres wide at its narrowest point.",
            "<v Narrator>In 1974 the two governments agreed where the boundary ran.",
            "<v Narrator>Two years later a second agreement carried the line further south.",
            "Subtitles by Example Captions Ltd"]
    blocks = [f"{n}\n00:00:{2 * n:02d}.000 --> 00:00:{2 * n + 1:02d}.500\n{c}" for n, c in enumerate(cues, 1)]
    return "WEBVTT\n\n" + (f"NOTE\n{note}\n\n" if note else "") + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("note,published", [
    # a documentary's particulars
    ('Programme: The Narrow Sea, episode 1 of 3\nProducer: Example Films\nFirst broadcast: 9 February 2020', "2020-02-09"),
    # a news bulletin's captions
    ("Broadcast: Tuesday 8 April 2014, 18:00-18:30\nChannel: Example One", "2014-04-08"),
    # a weekly interview programme
    ("Programme: The Region Hour\nAired: 18 November 2022", "2022-11-18"),
    # a NOTE that gives no date, or only the subtitles' revision
    ("Subtitles: English (SDH), revision 4, Example Captions Ltd", None),
    ("", None),
])
def test_a_vtt_note_dates_the_programme(tmp_path: Path, note, published) -> None:
    doc = _one(tmp_path, _vtt(note), "episode.vtt")[0]
    assert doc.published == published
    assert "thirty kilometres" in doc.text and "Programme" not in doc.text


# --- a parliamentary written answer's date line -------------------------------------------------

@pytest.mark.parametrize("line,iso", [
    ("TO BE ANSWERED ON 22.07.2022", "2022-07-22"),
    ("Answered on: 14 March 2023", "2023-03-14"),
    ("ANSWERED ON 05.12.2019", "2019-12-05"),
    # a sentence that says when something was answered is no date line
    ("The question was answered on 5 May 2020", None),
    ("Answered", None),
])
def test_a_written_answer_date_line(line, iso) -> None:
    from chronica.ingest import date_line

    assert date_line(line) == iso


def test_a_written_answer_is_dated_by_its_answer_day(tmp_path: Path) -> None:
    text = ("GOVERNMENT OF EXAMPLE\nMINISTRY OF EXTERNAL AFFAIRS\n\nHOUSE OF THE PEOPLE\nUNSTARRED QUESTION NO. 1234\n"
            "TO BE ANSWERED ON 09.03.2021\n\nFERRY SERVICE TO THE ISLAND\n\n1234. SHRI A. B. EXAMPLE:\n\n"
            "Will the Minister of EXTERNAL AFFAIRS be pleased to state the present position of the ferry service?\n\n"
            "ANSWER\n\nThe ferry service between the two ports was suspended in 1982 and resumed in October 2011. "
            "It was suspended again during the pandemic and is expected to resume this year.\n")
    assert _one(tmp_path, text)[0].published == "2021-03-09"
