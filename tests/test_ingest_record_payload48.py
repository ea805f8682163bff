"""A JSON Lines record whose text sits one level down, in an object of its own, is read from that
object (``_load._payload``) instead of being skipped as having no text field: review platforms,
search indexes and web APIs wrap each record's fields ("content", "_source", "attributes").
Invented records in the three shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

WRAPPED = [
    # a review platform: ids and times outside, the submission or the review inside "content"
    ({"id": "xQ81", "forum": "xQ81", "cdate": 1591000000000, "created": "2020-06-01T08:26:40Z",
      "content": {"title": "Ferry crossings across the strait, 1950-1990",
                  "authors": ["A. Writer", "B. Writer"],
                  "abstract": "We trace the ferry crossings between the two ports. The crossing was closed in "
                              "1962 after a quarrel over fishing rights and reopened by treaty in 1979."}},
     "reopened by treaty in 1979", "Ferry crossings across the strait, 1950-1990", "2020-06-01"),
    # a search index's hit: the document under "_source"
    ({"_index": "news-2019", "_id": "a1b2", "_score": 3.2,
      "_source": {"headline": "Envoys return to the capital",
                  "body": "Both governments sent their envoys back on Tuesday, ending a two-year break in "
                          "relations that began with the expulsion of a trade attaché.",
                  "published": "2019-03-12"}},
     "ending a two-year break", "Envoys return to the capital", "2019-03-12"),
    # a web API's resource: type and id outside, the fields under "attributes"
    ({"type": "article", "id": "4471",
      "attributes": {"title": "Canal tolls agreed",
                     "summary": "The two states agreed on shared canal tolls at a meeting of their transport "
                                "ministers, the first such accord since the canal opened.",
                     "date": "2004-09-30"}},
     "agreed on shared canal tolls", "Canal tolls agreed", "2004-09-30"),
]


@pytest.mark.parametrize(("record", "said", "title", "published"), WRAPPED)
def test_a_record_is_read_from_the_object_that_holds_its_text(
        tmp_path: Path, record: dict, said: str, title: str, published: str) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors
    assert len(docs) == 1 and said in docs[0].text
    assert docs[0].title == title
    assert str(docs[0].published).startswith(published)


def test_a_record_with_text_of_its_own_keeps_it(tmp_path: Path) -> None:
    record = {"text": "The ministers met in the capital on 3 May 1999 and signed the trade accord.",
              "extra": {"notes": "Archivist's note: keyed in from a carbon copy held in box 14 of the ministry "
                                 "papers; the original is lost and the date is the one typed on the copy."}}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, _ = load(path)
    assert "signed the trade accord" in docs[0].text and "carbon copy" not in docs[0].text


def test_the_record_s_own_fields_win_over_the_object_s(tmp_path: Path) -> None:
    record = {"title": "The record's own title", "published": "2011-05-05",
              "data": {"title": "", "published": "1999-01-01",
                       "text": "Talks on the river border resumed after a pause of three years, the two "
                               "delegations said in a joint statement."}}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    doc = load(path)[0][0]
    assert doc.title == "The record's own title" and str(doc.published).startswith("2011-05-05")


def test_an_export_description_is_no_record_s_text(tmp_path: Path) -> None:
    header = {"export": {"dataset": "Harbour archive", "notes": "This export lists every item of the harbour "
                                                                "archive that was digitised before the move."}}
    item = {"id": 1, "text": "The harbour board signed the lease with the shipping line in June 1931."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(header) + "\n" + json.dumps(item) + "\n", encoding="utf-8")
    docs, _ = load(path)
    assert [d.text.strip() for d in docs] == [item["text"]]


def test_no_text_anywhere_is_still_reported(tmp_path: Path) -> None:
    record = {"id": 9, "meta_info": {"rating": "7", "confidence": "3"}}
    good = {"text": "The two parliaments ratified the fisheries accord in the spring of 1988, both votes unanimous."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert len(docs) == 1 and [e.reason for e in errors] == ["bad-record"]
