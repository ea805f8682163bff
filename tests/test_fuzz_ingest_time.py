"""Property and fuzz tests: ingestion of random bytes, random text, random HTML and random JSON records, and the time
grammar on random text, never let an exception other than a recorded skip (IngestError) escape.

Bounded so the suite stays quick; ``CHRONICA_FUZZ_EXAMPLES=5000 python -m pytest
tests/test_fuzz_ingest_time.py`` runs a longer fuzz campaign with the same tests."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chronica.errors import IngestError
from chronica.ingest import load
from chronica.time import tag

EXAMPLES = int(os.environ.get("CHRONICA_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

WORDS = ["On", "in", "the", "1950", "June", "25", "1960s", "early", "last", "year", "Korea", "said",
         "\u00e9", "\u201c", "\u2019", "\n\n", "\n", ". ", "Advertisement", "Subscribe", "©", "|",
         "title:", "published:", "2024-07-25", "BC", "AD", "since", "until", "-", "–", "/", "ago"]
TAGS = ["<p>", "</p>", "<div class='ad'>", "</div>", "<h1>", "</h1>", "<script>", "</script>",
        "<article>", "</article>", "<meta name='date' content='2001-02-03'>", "<br>", "<!--", "-->",
        "<table><tr><td>", "</td></tr></table>", "&amp;", "&#x0;", "<", ">", "<title>", "</title>"]

random_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)
random_html = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS), st.text(max_size=8)),
                       max_size=80).map("".join)


def _load_never_raises_anything_else(path: Path) -> None:
    try:
        docs, errors = load(path)
    except IngestError:
        return
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
        for clean_start, raw_start, length in doc.spans:
            assert doc.text[clean_start:clean_start + length] == doc.raw[raw_start:raw_start + length]
    assert all(isinstance(e, IngestError) for e in errors)


@FUZZ
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".pdf"]))
def test_ingest_random_bytes_are_read_or_skipped(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("fuzz") / f"f{ext}"
    path.write_bytes(data)
    _load_never_raises_anything_else(path)


@FUZZ
@given(text=random_text, ext=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_ingest_random_text_is_read_or_skipped(tmp_path_factory, text, ext):
    path = tmp_path_factory.mktemp("fuzz") / f"f{ext}"
    path.write_bytes(text.encode("utf-8", "replace"))
    _load_never_raises_anything_else(path)


@FUZZ
@given(html=random_html)
@example(html="<p><p>\x1f<script></script>On")  # a control character in the text a dropped script leaves behind
def test_ingest_random_html_is_read_or_skipped(tmp_path_factory, html):
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    path.write_bytes(html.encode("utf-8", "replace"))
    _load_never_raises_anything_else(path)


def _record_keys() -> list[str]:
    """The names the jsonl reader looks for (every role's fields, the collection's and the compiler's),
    so random records hit its branches rather than only unknown keys."""
    from chronica.ingest import _load as L

    keys = {k for names in L.RECORD_FIELDS.values() for k in names}
    keys |= set(L.COLLECTION_NAME_FIELDS) | set(L.COLLECTION_HOLDERS) | set(L.COLLECTION_AUTHOR_FIELDS)
    return sorted(keys | {"record_type", "exported_at", "id", "notes", "history_note"})


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                        random_text, st.sampled_from(["export_header", "2024-07-25T10:00:00Z", "Jane Doe"]))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_record_keys()), inner, max_size=4)), max_leaves=12)
json_record = st.dictionaries(st.sampled_from(_record_keys()), json_value, max_size=8)


@FUZZ
@given(records=st.lists(st.one_of(json_record, json_value), min_size=1, max_size=6))
@example(records=[{"record_type": "export_header", "compiled_by": "Jane Doe"},
                  {"catalogue": {"country": "X"}, "notes": "The two kings met at the oasis."},
                  {"catalogue": {"country": "Y"}, "notes": "They signed a treaty there."}])  # an object as a name field
def test_ingest_random_json_records_are_read_or_skipped(tmp_path_factory, records):
    import json

    path = tmp_path_factory.mktemp("fuzz") / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    _load_never_raises_anything_else(path)


@FUZZ
@given(text=random_text, dct=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_time_grammar_random_text_never_raises(text, dct):
    for t in tag(text, dct):
        assert 0 <= t.start <= t.end <= len(text)
        assert text[t.start:t.end] == t.text
        if t.earliest and t.latest:
            assert t.earliest <= t.latest
