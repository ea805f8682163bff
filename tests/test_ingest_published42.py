"""Publication dates printed in shapes the dev subjects use and no reader ranked (issue 10, session 42):
a line over the first paragraph that dates a day with its weekday (a parliament's sitting, a bulletin's
script, a speech's venue line, an order of service), a date after a publication label in the page's
furniture ("This edition:", "Exported:", "Publication date |"), an HTML page's own short note the
extractor left out ("Last Updated: …" in the footer, "Latest update: …"), and a JSON Lines record that has
no date of its own but the collection's export date. Each rule rests on three or more dev texts; every
text here is made up in those shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._metadata import labelled_date, weekday_date
from chronica.ingest._published import is_inferred

_BODY = ("The two delegations met at the frontier post in March 1921 and agreed to exchange prisoners. "
         "A second meeting followed in the autumn, when the commission drew the line across the valley.\n\n"
         "The settlement held until the war, when the border was closed again and the posts were manned.\n")


@pytest.mark.parametrize("line,expected", [
    ("MONDAY 4 MARCH 2019 — 0900 GMT", "2019-03-04"),                       # a bulletin's script header
    ("Harbour Hall, Leeds, Friday 7 June 2024", "2024-06-07"),             # a speech's venue line
    ("Tuesday, October 1, 2013 / Asvina 9, 1935 (Saka)", "2013-10-01"),    # a parliament's sitting
    ("Chapel Lawn and the old pier, Sunday 3 August 2008, 2 pm", "2008-08-03"),  # an order of service
    ("From Monday 3 May 1999 to Friday 7 May 1999", None),                 # two days: no one date
    ("Every Sunday in March 1999", None),                                   # no day
])
def test_weekday_date(line: str, expected: str | None) -> None:
    assert weekday_date(line) == expected


@pytest.mark.parametrize("line,expected", [
    ("This edition: May 2011 (entries revised)", "2011-05"),                # a reference companion
    ("| Publication date | 9 June 2020 |", "2020-06-09"),                   # a shop's details table
    ("Exported: 2021-02-03 by group account", "2021-02-03"),               # a reference manager's export
    ("Published: 3 March 2021 | Category: Speeches", "2021-03-03"),
    ("Release date: 2011-06-14 | Review authority: FOIA", None),           # a declassification, not the writing
    ("The paper published on 3 May 1999 a letter from the minister.", None),  # prose, no label opening a note
])
def test_labelled_date(line: str, expected: str | None) -> None:
    assert labelled_date(line) == expected


def _text(tmp_path: Path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("top", [
    "NORTHERN SERVICE — NEWS BULLETIN — SCRIPT\nMONDAY 4 MARCH 2019 — 0900 GMT\n",
    "VETERANS' ASSOCIATION\nAnnual Dinner Address\nHarbour Hall, Leeds, Friday 7 June 2024\n",
    "STATE ASSEMBLY DEBATES\n(Part II — Proceedings)\nTuesday, October 1, 2013 / Asvina 9, 1935 (Saka)\n",
])
def test_a_weekday_line_over_the_text_dates_it(tmp_path: Path, top: str) -> None:
    doc = _text(tmp_path, "piece.txt", top + "\n" + _BODY)
    assert doc.published == weekday_date(top.splitlines()[-1])
    assert doc.published_source == "dateline" and not is_inferred(doc.published_source)


@pytest.mark.parametrize("top,expected", [
    ("THE FRONTIER YEARS: A COMPANION\nCompiled by Ann Reed\nThis edition: May 2011 (entries revised)\n", "2011-05"),
    ("Provider: Reference manager\nDatabase: Border history (group library)\nExported: 2021-02-03 by group account\n",
     "2021-02-03"),
])
def test_a_publication_label_in_the_furniture_dates_the_text(tmp_path: Path, top: str, expected: str) -> None:
    doc = _text(tmp_path, "piece.txt", top + "\n" + _BODY)
    assert (doc.published, doc.published_source) == (expected, "labelled-date")


def test_a_weekday_in_the_body_dates_nothing(tmp_path: Path) -> None:
    doc = _text(tmp_path, "piece.txt", "Border history\n\n" + _BODY + "\nOn Friday 7 June 1921 the commission met again.\n")
    assert doc.published is None


_PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> | <a href="/guides">Guides</a></nav>
<main><h1>{title}</h1>
<p>The two delegations met at the frontier post in March 1921 and agreed to exchange prisoners after a long winter of
talks. A second meeting followed in the autumn, when the commission drew the line across the valley and the posts were
moved back from the river.</p>
<p>The settlement held until the war, when the border was closed again and the posts were manned by soldiers of both
sides. Trade across the valley stopped for six years and the commission did not meet again until the peace.</p>
{extra}</main>
{foot}
</body></html>"""


@pytest.mark.parametrize("extra,foot,expected,source", [
    # a research guide's footer
    ("", '<footer><p class="guide-meta">Last Updated: Mar 14, 2006 10:42 AM · URL: https://lib.example/g</p></footer>',
     "2006-03-14", "updated-note"),
    # an advice page's own note
    ("<p><strong>Latest update:</strong> 12 February 2024. We have updated the Health section.</p>", "",
     "2024-02-12", "updated-note"),
    # a shop's details table
    ("<table><tr><th>Publisher</th><td>Kestrel</td></tr><tr><th>Publication date</th><td>4 May 2023</td></tr></table>",
     "", "2023-05-04", "labelled-date"),
    # another piece's date in a related block dates nothing
    ("", '<aside class="related"><ul><li>Published 3 May 2019 · The old ferry</li></ul></aside>', None, None),
])
def test_an_html_pages_own_note_dates_it(tmp_path: Path, extra: str, foot: str, expected, source) -> None:
    doc = _text(tmp_path, "page.html", _PAGE.format(title="The frontier commission", extra=extra, foot=foot))
    assert (doc.published, doc.published_source) == (expected, source)


def _jsonl(tmp_path: Path, records: list[dict]):
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs


_NOTE = "The commission met at the frontier post in March 1921 and agreed to exchange prisoners."


@pytest.mark.parametrize("record,expected", [
    ({"record_id": "A-1", "event_date": "1921-03-02", "notes": _NOTE, "export_date": "2023-06-05"}, "2023-06-05"),
    ({"photo_id": "P-9", "date_taken": "1921-03-02", "caption": _NOTE, "exported_at": "2024-02-08T10:14:22+02:00"},
     "2024-02-08"),
    ({"reference": "EXT 1", "scope_content": _NOTE, "date_exported": "2005-11-02"}, "2005-11-02"),
])
def test_a_record_with_no_date_of_its_own_takes_the_export_date_inferred(tmp_path: Path, record: dict, expected: str) -> None:
    doc = _jsonl(tmp_path, [record])[0]
    assert (doc.published, doc.published_source) == (expected, "export-date")
    assert is_inferred(doc.published_source)


def test_a_records_own_date_wins_over_the_export_date(tmp_path: Path) -> None:
    doc = _jsonl(tmp_path, [{"published": "2020-01-02", "text": _NOTE, "export_date": "2023-06-05"}])[0]
    assert (doc.published, doc.published_source) == ("2020-01-02", "jsonl")
