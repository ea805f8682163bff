"""Property and fuzz tests: ingestion of random bytes, random text and random HTML, and the time
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


@FUZZ
@given(text=random_text, dct=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_time_grammar_random_text_never_raises(text, dct):
    for t in tag(text, dct):
        assert 0 <= t.start <= t.end <= len(text)
        assert text[t.start:t.end] == t.text
        if t.earliest and t.latest:
            assert t.earliest <= t.latest
