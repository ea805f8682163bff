"""A JSON Lines export dated by a field whose name says publication or issue, nested or in the header.

An export's records often hold their date one level down ("dates": {"published_at": …}, "bulletin":
{"issue_date": …}), or carry none and leave it to the header ("catalogue_published": …): that date is
printed as the piece's publication, so it dates the record (not inferred) before the export date does.
Invented records and dates.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._published import is_inferred

_NOTE = "The two ministers met at the lake port in May 1931 and agreed to reopen the ferry."


def _docs(tmp_path: Path, records: list[dict]):
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs


_EXPORT = {"record_type": "export_header", "exported_at": "2024-03-01T08:00:00Z", "exported_by": "ops"}


@pytest.mark.parametrize("records,expected,source", [
    # a blog CMS: the item's dates in an object of their own
    ([_EXPORT, {"record_type": "item", "title": "Ferry days", "dates": {"published_at": "2021-06-09T07:00:00Z",
                                                                          "updated_at": "2021-06-12T10:00:00Z"},
                "body": _NOTE}], "2021-06-09", "jsonl"),
    # a bulletin's issue, given in the object naming the series
    ([_EXPORT, {"record_type": "item", "bulletin": {"series": "Lake Trade Notes", "issue": "2019/3",
                                                   "issue_date": "2019-07-15"}, "text": _NOTE}],
     "2019-07-15", "jsonl"),
    # an auction's lots carry no date: the header's catalogue date dates them all
    ([{"record_type": "sale_header", "sale_date": "2022-11-20", "catalogue_published": "2022-10-30",
       "exported_at": "2022-12-01T09:00:00Z"},
      {"record_type": "lot", "lot": 12, "title": "Ferry medal, 1931", "note": _NOTE}], "2022-10-30", "jsonl"),
    # the header's publication date nested in the object naming the sale
    ([{"record_type": "header", "export": {"exported_at": "2023-05-02T10:00:00Z"},
       "sale": {"house": "Lakeside Coins", "issued": "2023-04-11"}},
      {"record_type": "lot", "lot": 3, "description": _NOTE}], "2023-04-11", "jsonl"),
    # no name says publication: the export date, inferred, as before
    ([_EXPORT, {"record_type": "item", "meta": {"reviewed": "2019-07-01"}, "text": _NOTE}],
     "2024-03-01", "export-date"),
    # "unpublished" says the opposite
    ([_EXPORT, {"record_type": "item", "flags": {"unpublished_since": "2020-01-01"}, "text": _NOTE}],
     "2024-03-01", "export-date"),
])
def test_a_publication_named_field_dates_the_record(tmp_path: Path, records: list[dict], expected: str,
                                                    source: str) -> None:
    doc = _docs(tmp_path, records)[0]
    assert (doc.published, doc.published_source) == (expected, source)
    assert is_inferred(doc.published_source) == (source == "export-date")


def test_a_records_own_date_wins_over_its_catalogues(tmp_path: Path) -> None:
    docs = _docs(tmp_path, [
        {"record_type": "sale_header", "catalogue_published": "2022-10-30"},
        {"record_type": "lot", "lot": 1, "published": "2022-11-02", "note": _NOTE},
        {"record_type": "lot", "lot": 2, "note": _NOTE.replace("May", "June")},
    ])
    assert [d.published for d in docs] == ["2022-11-02", "2022-10-30"]


def test_a_value_that_is_no_date_dates_nothing(tmp_path: Path) -> None:
    doc = _docs(tmp_path, [_EXPORT, {"record_type": "item", "bulletin": {"issue_date": "spring issue"},
                                     "text": _NOTE}])[0]
    assert (doc.published, doc.published_source) == ("2024-03-01", "export-date")
