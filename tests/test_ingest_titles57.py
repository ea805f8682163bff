"""Session 57's title rules, one case table each; every record, line and page below is invented.

1. An export's file title (``Document.collection``): the name its header record or a field every record
   repeats gives its collection - a shop's, a thread's, a finding aid's, a sale's, a catalogue's -, a
   question included; each record keeps its own title; a feed of articles with no such name has none.
2. A mail's header folded over two lines (RFC 5322: the next line opens with white space) is one field:
   the whole subject is the title, the header block is read (its date), and the writer the text credits
   ("Compiled by: …") comes before the mailbox's display name, which is often the list's.
3. A headline set over two lines whose first ends on a word no headline ends on (an article, "of", "and")
   is read whole, scored or labelled ("SUBJECT: …"); the line under a division's bare number ("CHAPTER 4")
   is the division's title.
4. A PDF whose first page prints the division's number on a line of its own ("CHAPTER NINE" over the title)
   is titled without that number, though its information dictionary joins them ("Chapter Nine - …"); a
   number printed on the title's own line stays.
5. A row of a page's buttons printed as bracketed labels ("[ Email this sheet ]  [ Get the answers ]", beside a
   pager) is page furniture; a transcript's timecodes and cues, and a sentence in brackets, are not.
6. The first line of a plain text's heading block set between two rules is its headline, in capitals or
   not; the rest of the frame (tagline, issue line) is masthead. A wire's numbered item line is no headline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._metadata import parse_header
from chronica.ingest.evaluate import DocumentGold, score_document

STORY = "The two kings met at the border oasis in the spring and agreed to end the raids on the caravans."
OTHER = "Delegates left the conference hall after the ceasefire talks, which ended without an agreement."


def _jsonl(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


COLLECTION_CASES = [
    ("shop-store-title",
     [{"record_type": "export_header", "store_title": "Oasis Relics: frontier memorabilia", "listing_count": 2},
      {"record_type": "listing", "title": "Treaty souvenir medal, bronze", "description": STORY},
      {"record_type": "listing", "title": "Caravan route map, 1931", "description": OTHER}],
     "Oasis Relics: frontier memorabilia", "Treaty souvenir medal, bronze"),
    ("forum-thread-question-before-course",
     [{"record_type": "export_header", "course": "HIST 101 The Desert Kingdoms", "thread_title":
       "Driving to the north oasis in spring: any advice on the road, and on its history?", "posts": 2},
      {"record_type": "post", "author": "sand_rider", "body": STORY},
      {"record_type": "post", "author": "dune_walker", "body": OTHER}],
     "Driving to the north oasis in spring: any advice on the road, and on its history?", None),
    ("forum-name-before-course",
     [{"record_type": "export_header", "course": "HIST 101 The Desert Kingdoms", "forum": "Week 3: Were the raids a war?"},
      {"record_type": "post", "author": "Dr Amal Reyes", "message": STORY}],
     "Week 3: Were the raids a war?", None),
    ("finding-aid",
     [{"record_type": "header", "finding_aid": "Fonds OASIS: papers of the frontier commission, 1920-1960"},
      {"record_type": "unit", "title": "Minutes of the first session", "scope_note": STORY}],
     "Fonds OASIS: papers of the frontier commission, 1920-1960", "Minutes of the first session"),
    ("auction-sale",
     [{"record_type": "sale_header", "sale": "Sale 12: Coins of the Desert Kingdoms", "currency": "GBP"},
      {"record_type": "lot", "lot": 1, "title": "Gold dinar of the treaty year", "description": STORY}],
     "Sale 12: Coins of the Desert Kingdoms", "Gold dinar of the treaty year"),
    ("catalogue",
     [{"record_type": "export_header", "catalogue": "The weavers of the oasis towns", "records": 1},
      {"record_type": "producer", "profile_title": "Half a century of weaving", "profile_text": STORY}],
     "The weavers of the oasis towns", None),
    ("feed-of-articles-has-none",
     [{"title": "Kings end the caravan raids", "source": "Oasis Wire", "text": STORY},
      {"title": "Ceasefire talks end without a deal", "source": "Oasis Wire", "text": OTHER}],
     None, "Kings end the caravan raids"),
]


@pytest.mark.parametrize("records,collection,first_title", [c[1:] for c in COLLECTION_CASES],
                         ids=[c[0] for c in COLLECTION_CASES])
def test_an_exports_file_title_is_its_collections_name(tmp_path: Path, records: list[dict], collection: str | None,
                                                      first_title: str | None) -> None:
    docs, _ = load(_jsonl(tmp_path, records))
    assert docs and all(d.collection == collection for d in docs)
    if first_title is not None:
        assert docs[0].title == first_title


def test_the_cleaning_yardstick_scores_an_exports_file_title(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, COLLECTION_CASES[0][1])
    gold = DocumentGold(file=path.name, body_ends="raids on the caravans.", title="Oasis Relics: frontier memorabilia")
    assert score_document(gold, path).title_ok
    gold.title = "Treaty souvenir medal, bronze"
    assert not score_document(gold, path).title_ok


MAIL_BODY = ("Compiled by: Noor Halabi, river desk\n\n"
             "Barge traffic on the upper river was slow again on Tuesday after the lock at the border town closed "
             "for repairs, and traders on both banks said prices would stay firm until it reopens next week.\n")

FOLD_CASES = [
    ("subject-folded-once",
     "From: Upper River Desk <desk@river.example>\nDate: Tue, 3 Mar 2020 07:00:00 +0000\n"
     "Subject: [River Daily] Lock closure slows barges; the border toll and\n the spring floods\n\n",
     "[River Daily] Lock closure slows barges; the border toll and the spring floods", "2020-03-03"),
    ("subject-folded-twice-with-tab",
     "From: Oasis Tours <trips@oasis.example>\nSubject: Letter 9 | Across the salt flats,\n\tthe old caravan road\n"
     "\tand the story of the wells\nDate: Fri, 6 Nov 2020 09:30:00 +0300\n\n",
     "Letter 9 | Across the salt flats, the old caravan road and the story of the wells", "2020-11-06"),
    ("no-fold",
     "From: Upper River Desk <desk@river.example>\nSubject: Lock closure slows barges on the upper river\n"
     "Date: Tue, 3 Mar 2020 07:00:00 +0000\n\n",
     "Lock closure slows barges on the upper river", "2020-03-03"),
]


@pytest.mark.parametrize("head,title,published", [c[1:] for c in FOLD_CASES], ids=[c[0] for c in FOLD_CASES])
def test_a_folded_mail_header_is_one_field(tmp_path: Path, head: str, title: str, published: str) -> None:
    fields, start = parse_header(head + MAIL_BODY)
    assert start == len(head) - 1  # the header block is read to its blank line
    path = tmp_path / "mail.txt"
    path.write_text(head + MAIL_BODY, encoding="utf-8")
    doc = load(path)[0][0]
    assert doc.title == title
    assert doc.published == published
    assert doc.author == "Noor Halabi"


PARAGRAPH = ("For most of its first forty years the rowing club on the estuary had no politics to speak of, "
             "and its members argued mostly about moorings, the boathouse roof and the price of the bar.")

TWO_LINE_CASES = [
    ("chapter-title-over-two-lines",
     "Harbour Lives: A Club History\n\nChapter 4\n\nUp the River and Down: The\nClub's Long Quarrel with the Port\n\n"
     "Mira Castell\n\n" + PARAGRAPH + "\n",
     "Up the River and Down: The Club's Long Quarrel with the Port"),
    ("circular-subject-over-two-lines",
     "ESTUARY MUTUAL ASSOCIATION\n====================\nCIRCULAR No. 9/2021\nTo: All Members\n\n"
     "SUBJECT: SALTMARSH - NEW DUES AT THE NORTH QUAY, AND THE FUTURE OF\nMOORINGS ON THE SOUTH BANK (OLD FERRY STEPS)\n\n"
     + PARAGRAPH + "\n",
     "SALTMARSH - NEW DUES AT THE NORTH QUAY, AND THE FUTURE OF MOORINGS ON THE SOUTH BANK (OLD FERRY STEPS)"),
    ("subject-on-one-line-is-whole",
     "ESTUARY MUTUAL ASSOCIATION\n====================\nCIRCULAR No. 9/2021\nTo: All Members\n\n"
     "SUBJECT: SALTMARSH - NEW DUES AT THE NORTH QUAY FROM MAY\nMOORINGS ON THE SOUTH BANK ARE CLOSED\n\n"
     + PARAGRAPH + "\n",
     "SALTMARSH - NEW DUES AT THE NORTH QUAY FROM MAY"),
]


@pytest.mark.parametrize("text,title", [c[1:] for c in TWO_LINE_CASES], ids=[c[0] for c in TWO_LINE_CASES])
def test_a_headline_set_over_two_lines_is_read_whole(tmp_path: Path, text: str, title: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert load(path)[0][0].title == title


def _pdf(meta_title: str, heading_lines: list[str]) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(meta_title)
    y = 780
    c.setFont("Helvetica-Bold", 14)
    for line in heading_lines:
        c.drawString(60, y, line)
        y -= 20
    c.setFont("Helvetica", 10)
    y -= 10
    for line in ("The boundary commission first met at the river mouth in March 1951, and its two",
                 "delegations agreed to survey the whole course of the river before drawing a line."):
        c.drawString(60, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


DIVISION_CASES = [
    ("label-line-colon", "Chapter 9: Tides and Treaties: The Two Banks since 1951",
     ["Chapter 9", "Tides and Treaties: The Two Banks since 1951"], "Tides and Treaties: The Two Banks since 1951"),
    ("label-in-words-dash", "Chapter Nine - Tides and Treaties: The Two Banks since 1951",
     ["CHAPTER NINE", "TIDES AND TREATIES: THE TWO BANKS SINCE 1951"], "Tides and Treaties: The Two Banks since 1951"),
    ("number-on-the-title-line-stays", "Chapter 2. Tides and Treaties: The Two Banks since 1951",
     ["Chapter 2. Tides and Treaties: The Two Banks since 1951"], "Chapter 2. Tides and Treaties: The Two Banks since 1951"),
]


@pytest.mark.parametrize("meta,lines,title", [c[1:] for c in DIVISION_CASES], ids=[c[0] for c in DIVISION_CASES])
def test_a_pdf_chapters_number_set_apart_is_no_part_of_its_title(tmp_path: Path, meta: str, lines: list[str], title: str) -> None:
    path = tmp_path / "chapter.pdf"
    path.write_bytes(_pdf(meta, lines))
    assert load(path)[0][0].title == title


BUTTON_CASES = [
    ("buttons-over-a-worksheet", "[ Email this sheet ]   [ Get the answers ]   [ Add to my list ]", True),
    ("pager-and-buttons", "Sheet 4 of 9   [ Enlarge ]  [ Shrink ]  [ Save a copy ]", True),
    ("links-in-brackets", "[Read the full report] [Subscribe]", True),
    ("transcript-cues", "[00:01:12] [MUSIC] [APPLAUSE]", False),
    ("a-sentence-in-brackets", "[The ferry resumed on 3 May.] [It ran daily.]", False),
    ("one-button", "[ Email this sheet ]", False),
    ("prose-with-a-bracket", "The delegates signed [the text] in the hall of the old customs house that evening.", False),
]


@pytest.mark.parametrize("line,furniture", [c[1:] for c in BUTTON_CASES], ids=[c[0] for c in BUTTON_CASES])
def test_a_row_of_bracketed_buttons_is_page_furniture(line: str, furniture: bool) -> None:
    from chronica.ingest._clean import _is_button_row

    assert _is_button_row(line) is furniture


def test_a_button_row_over_a_worksheet_leaves_the_text(tmp_path: Path) -> None:
    path = tmp_path / "worksheet.txt"
    path.write_text("RiverMaps  |  Sheets to use in class\nHome > Year 9 > Rivers > Sheet 3\n"
                    "==========\n[ Email this sheet ]   [ Get the answers ]   [ Add to my list ]\n==========\n\n"
                    "PART 2: RIVERS AND FRONTIERS\nSHEET 3 -- The ferry crossing on the estuary\n\n" + PARAGRAPH + "\n\n"
                    + OTHER + "\n", encoding="utf-8")
    doc = load(path)[0][0]
    assert "Email this sheet" not in doc.text and "Email this sheet" not in (doc.title or "")
    assert "moorings" in doc.text and "ceasefire talks" in doc.text


#: a rule as plain-text documents draw them, wider than a dinkus
RULE = "=" * 60

FRAME_CASES = [
    ("kit-instruction-sheet",
     "Harbour Models Ltd  ·  ship series  ·  set 7201\n" + RULE + "\nESTUARY FERRY - SPRING 1931\n"
     "Plastic kit, 86 parts\nAssembly guide, second edition\n" + RULE + "\n\n" + PARAGRAPH + "\n",
     "ESTUARY FERRY - SPRING 1931", ["Plastic kit, 86 parts"]),
    ("moot-problem",
     "OLDPORT LAW SCHOOL\nDebating Union  ·  season 2020-21\n\n" + RULE + "\n THE QUAYSIDE SHIELD -- FINAL ROUND\n"
     " Issued: 4 January 2021\n" + RULE + "\n\n" + PARAGRAPH + "\n",
     "THE QUAYSIDE SHIELD -- FINAL ROUND", []),
    ("parish-bulletin",
     RULE + "\n   THE ESTUARY LINK\n   Newsletter of St Anne's and the Harbour Mission\n   No. 12  |  May 2020\n"
     + RULE + "\n\n" + PARAGRAPH + "\n\n" + OTHER + "\n",
     "THE ESTUARY LINK", ["Newsletter of St Anne's"]),
]


@pytest.mark.parametrize("text,title,gone", [c[1:] for c in FRAME_CASES], ids=[c[0] for c in FRAME_CASES])
def test_the_first_line_of_a_framed_heading_block_is_the_headline(tmp_path: Path, text: str, title: str, gone: list[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = load(path)[0][0]
    assert doc.title == title
    assert "moorings" in doc.text
    assert not any(g in doc.text for g in gone)


def test_a_wires_numbered_item_line_is_no_framed_headline() -> None:
    from chronica.ingest._text_title import Candidate, framed
    from chronica.ingest._units import segment

    text = "OASIS WIRE SERVICE\n" + RULE + "\n\nOWS0917 2 URGENT 03-04-2019 14:02 GMT\n" + RULE + "\n\n" + PARAGRAPH + "\n"
    live = segment(text, 0)
    k = next(i for i, u in enumerate(live) if u.text.startswith("OWS0917"))
    assert not framed(live, Candidate(k, k, live[k].text))
    k = 0
    assert not framed(live, Candidate(k, k, live[k].text))  # over the rule, not under it
