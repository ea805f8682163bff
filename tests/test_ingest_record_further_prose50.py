"""A JSON Lines record's further fields of prose are read with its body (``_load._further_prose``):
exports of project portals, treaty registers, marker databases and grant-makers keep the history in a
second field ("context", "notes", "background") beside the one named like a body ("summary"). The
export's furniture is not: a field named as terms of use or a credit, a value every record repeats, a
question. Own records, invented, in the shapes of such exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load

FURTHER = [  # (record, what the body field says, what the further field says)
    ({"project_id": "P-17", "title": "River pier works", "summary": "Rebuilds the town's river pier and adds a "
      "floating pontoon for cargo boats and a small passenger hall.", "context": "The town passed to the "
      "northern republic under the 1911 boundary treaty, after two years of talks between the capitals."},
     "floating pontoon", "under the 1911 boundary treaty"),
    ({"register_no": "T-44", "title": "Agreement on fisheries", "summary": "Agreement between the two "
      "governments on fishing rights in the shared lake, with a joint commission.", "notes": "The agreement "
      "was denounced by the southern government in March 1977 after a patrol boat was seized on the lake."},
     "fishing rights in the shared lake", "patrol boat was seized"),
    ({"marker_id": 812, "name": "Old customs post", "inscription": "Here stood the customs post of the "
      "duchy until the frontier moved north after the war of the two crowns.", "inscription_en_note":
      "The inscription was unveiled in 1921, a year after the plebiscite returned the district."},
     "customs post of the duchy", "a year after the plebiscite"),
    ({"grant": "G-2020-03", "title": "Oral history of the bridge", "purpose": "Records forty interviews with "
      "people who crossed the frontier bridge before it was closed.", "description": "Collects the memories "
      "of families who crossed the frontier bridge daily before the 1962 closure by the border police."},
     "memories of families", "Records forty interviews"),
]


@pytest.mark.parametrize(("record", "body", "further"), FURTHER)
def test_a_records_further_prose_is_read_with_its_body(tmp_path: Path, record: dict, body: str, further: str) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    assert body in docs[0].text and further in docs[0].text


def test_the_fields_keep_the_records_order(tmp_path: Path) -> None:
    record = {"background": "The two states broke off relations in 1965 and restored them in 1972 after "
              "a summit on the island.", "summary": "Funds a travelling exhibition on the restored ties "
              "between the two states and their ports."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    text = load(path)[0][0].text
    assert text.index("broke off relations") < text.index("travelling exhibition")


FURNITURE = [  # a further field that is not the writers' words: (field, value, repeated in every record)
    ("licence", "Summaries may be copied freely if the portal is named as their source, with the date.", False),
    ("usage_terms", "Editorial use only; no archiving or resale without the agency's written consent.", False),
    ("photo_credit", "Picture lent by the harbour museum; all rights reserved by the lender and heirs.", False),
    ("shipping", "Ships within two working days from our store, tracked and insured, returns accepted.", True),
    ("quiz_prompt", "Which treaty moved the frontier north in the year after the war of the two crowns?", False),
]


@pytest.mark.parametrize(("field", "value", "every_record"), FURNITURE)
def test_the_exports_furniture_is_not_read(tmp_path: Path, field: str, value: str, every_record: bool) -> None:
    records = [{"title": f"Lot {n}", "description": f"A printed map of the frontier district, edition {n}, "
                f"with the boundary of {1900 + n} drawn in red ink by hand.", field: value}
               for n in range(1, 4 if every_record else 2)]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, errors = load(path)
    assert not errors and docs
    assert all("drawn in red ink" in d.text and value not in d.text for d in docs)


def test_a_field_that_repeats_the_body_is_read_once(tmp_path: Path) -> None:
    said = "The envoys met at the frontier bridge on 2 June 1990 and agreed to reopen the crossing."
    record = {"text": said, "full_text": said + " The crossing reopened a month later.", "abstract": said}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    text = load(path)[0][0].text
    assert text.count("agreed to reopen") == 1 and "reopened a month later" in text


def test_a_signature_is_still_cut_when_further_prose_follows(tmp_path: Path) -> None:
    sig = "Views my own. Harbour town born and bred, now far inland."
    records = [{"author": "quay_walker", "body": f"Post {n}: the ferry talks of {1970 + n} ended without a deal "
                f"on the fares.\n\n{sig}", "context": f"Thread {n} is about the ferry line that ran until {1980 + n} "
                "between the two harbours."} for n in range(2)]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = load(path)[0]
    assert [("ferry talks" in d.text, "ferry line" in d.text, sig in d.text) for d in docs] == [(True, True, False)] * 2


NOT_CONTENT = [  # records an export carries that no writer wrote: (record, words that must not be read)
    ({"record_type": "export_header", "dataset": "Harbour grants database", "exported_at": "2024-05-02T08:00:00Z",
      "note": "Descriptions come from the grantees' own applications and are not edited by the fund."},
     "grantees' own applications"),
    ({"record_type": "export_footer", "note": "More maps and prints in our shop; new stock arrives early every month.",
      "generated_by": "exported by Seller Desk 2.1"}, "new stock arrives"),
    ({"record_type": "test", "id": "TEST-0", "title": "internal check record",
      "summary": "Generated automatically to verify the nightly export; not part of the collection."}, "verify the nightly export"),
]


@pytest.mark.parametrize(("record", "unsaid"), NOT_CONTENT)
def test_headers_footers_and_test_records_are_not_documents(tmp_path: Path, record: dict, unsaid: str) -> None:
    content = {"record_type": "grant", "title": "Ferry museum", "summary": "Restores the old ferry office as a "
               "museum of the crossing, closed by both governments in 1968 and reopened in 1994."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(content) + "\n", encoding="utf-8")
    docs, errors = load(path)
    assert not errors
    assert [d.title for d in docs] == ["Ferry museum"] and not any(unsaid in d.text for d in docs)


def test_a_record_typed_header_with_a_body_is_content(tmp_path: Path) -> None:
    record = {"type": "header", "text": "The two delegations opened the border conference in the spa town on "
              "4 October 1955 and agreed on an agenda."}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "opened the border conference" in load(path)[0][0].text
