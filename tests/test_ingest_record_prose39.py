"""A JSON Lines record that names none of the body's fields is read from its field of prose
(``_load._prose_field``) instead of being skipped: exports of photo archives, library catalogues and
museum collections keep their text under names of their own. Own records: a photo archive's caption
(the shape of a dev export), a film archive's synopsis, a collection's notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

PROSE = [
    ({"photo_id": "PA-1981-04-17", "headline": "Delegates leave the border talks",
      "caption": "Delegates of the two governments leave the customs house at the border post after the "
                 "third round of talks ended without an agreement on 17 April 1981.",
      "photographer": "R. Mendes", "date_taken": "1981-04-17", "keywords": ["talks", "border"]},
     "third round of talks ended"),
    ({"reel": "FA-0612", "film_title": "Envoy recalled", "running_time": "14 min",
      "synopsis": "Newsreel: the foreign ministry recalled its ambassador for consultations on Monday, a day "
                  "after the neighbouring state expelled two of its diplomats.", "sound": "mono"},
     "recalled its ambassador"),
    ({"object_id": "1992.14.3", "object_title": "Signed copy of the ferry agreement",
      "notes": "One of three signed copies of the ferry agreement, given to the museum by the port "
               "authority in 1992. The agreement reopened the crossing after nine years.",
      "medium": "ink on paper", "dimensions": "29.7 x 21 cm"},
     "reopened the crossing"),
]


@pytest.mark.parametrize(("record", "said"), PROSE)
def test_a_record_is_read_from_its_field_of_prose(tmp_path: Path, record: dict, said: str) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors
    assert [said in d.text for d in docs] == [True]


NO_PROSE = [
    {"photo_id": "PA-1", "headline": "Delegates leave", "photographer": "R. Mendes"},  # a title is no body
    {"id": 7, "keywords": "talks border customs house delegates ministers envoys treaty crossing ferry port"},
    {"id": 8, "credit": "Courtesy of the port authority archive, all rights reserved, reproduction by permission only"},
]


@pytest.mark.parametrize("record", NO_PROSE)
def test_a_record_with_no_prose_is_reported_not_read(tmp_path: Path, record: dict) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(PROSE[0][0]) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert len(docs) == 1 and "third round" in docs[0].text  # the other record is kept
    assert [e.reason for e in errors] == ["bad-record"] and "no text field" in errors[0].detail


def test_a_named_body_field_leads_a_longer_one(tmp_path: Path) -> None:
    """The named body field leads; a further field of prose follows it (since session 50,
    ``test_ingest_record_further_prose50``), it no longer stands for the body."""
    record = {"text": "The ministers met in the capital on 3 May 1999 and signed the trade accord.",
              "notes": "Archivist's note: this record was keyed in from a carbon copy held in box 14 of the "
                       "ministry papers; the original is lost and the date is the one typed on the copy."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    text = load(path)[0][0].text
    assert text.startswith("The ministers met") and text.index("signed the trade accord") < text.index("carbon copy")
