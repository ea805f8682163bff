"""The read commands' fast paths give what the straightforward ones give.

* :mod:`chronica.fastjson`: orjson's output parses to what the standard library's does;
* the export of the Korea store equals (as parsed JSON) the export built the straightforward
  way: every document with its time expressions and references read one by one, the whole
  chronicle with its mentions, encoded by the standard library;
* the timeline and the barometer read the events without their mentions and print the same;
* the garbage collector pause restores what it found;
* a read command does not import the HTML report's libraries nor the time tagger.
"""

from __future__ import annotations

import gc
import io
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronica import fastjson
from chronica.bulk import gc_paused

REPO = Path(__file__).resolve().parents[1]


# -- fastjson --------------------------------------------------------------------------------

#: (value, why): each must come back from dumps_indented as json.dumps writes it, parsed
ENCODE_CASES = [
    ({"a": 1, "b": [1, 2, {"c": None}], "d": {}, "e": []}, "nesting, empty containers"),
    ({"text": "Ein Zürcher sagte: «non» — 東京\n\tnext line"}, "non-ASCII and escapes as written"),
    ({"ctrl": "\x01\x1f\u2028\u2029"}, "control characters and line separators"),
    ({"f": [0.1, 1e-05, 1e16, -2.5, 3.0]}, "floats orjson spells otherwise (0.00001)"),
    ({"big": 2 ** 70}, "an integer beyond 64 bits: encoded by json"),
    ({"lone": "a\ud800b"}, "a lone surrogate: encoded by json, escaped"),
    ({1: "int key"}, "a key that is not a string: encoded by json (as '1')"),
    ([True, False, None, "", 0, -1], "scalars"),
]


@pytest.mark.parametrize("value, why", ENCODE_CASES, ids=[c[1] for c in ENCODE_CASES])
def test_dumps_indented_parses_to_what_json_writes(value, why):
    data = fastjson.dumps_indented(value)
    assert isinstance(data, bytes)
    assert json.loads(data) == json.loads(json.dumps(value, ensure_ascii=False)), why


def test_dumps_indented_is_byte_for_byte_json_indent_2_without_floats():
    value = {"documents": [{"id": "d1", "text": "Él dijo «sí».\n", "n": [1, 2], "x": None,
                            "empty": [], "nested": {"deep": [{"k": True}]}}]}
    assert fastjson.dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2).encode()


#: (text, value): loads reads what json.loads reads, orjson's refusals included
DECODE_CASES = [
    ('{"a": [1, 2.5, "x"]}', {"a": [1, 2.5, "x"]}),
    ('{"high": Infinity, "low": -Infinity}', {"high": math.inf, "low": -math.inf}),  # json writes these
    ('{"n": -9223372036854775808, "m": 18446744073709551615}',
     {"n": -9223372036854775808, "m": 18446744073709551615}),  # 64-bit bounds (beyond: a float)
    ('"caf\\u00e9"', "café"),
]


@pytest.mark.parametrize("text, value", DECODE_CASES)
def test_loads_reads_what_json_reads(text, value):
    assert fastjson.loads(text) == value == json.loads(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2 ** 63), 2 ** 63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_any_json_value_round_trips(value):
    assert json.loads(fastjson.dumps_indented(value)) == json.loads(json.dumps(value))
    assert fastjson.loads(json.dumps(value)) == json.loads(json.dumps(value))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(), st.lists(JSON_VALUES, max_size=4), max_size=4))
def test_an_object_written_item_by_item_is_the_object_written_whole(parts):
    text = io.StringIO()
    fastjson.write_streamed(text, {k: iter(v) for k, v in parts.items()})
    assert text.getvalue().encode("utf-8") == fastjson.dumps_indented(parts) + b"\n"


def test_write_bytes_to_a_text_stream_with_or_without_a_buffer(tmp_path):
    data = '{"t": "Zürich"}'.encode()
    text = io.StringIO()
    fastjson.write_bytes(text, data)
    assert text.getvalue() == '{"t": "Zürich"}'
    path = tmp_path / "out.json"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[")
        fastjson.write_bytes(fh, data)
        fh.write("]")
    assert path.read_text(encoding="utf-8") == '[{"t": "Zürich"}]'
    with open(path, "w", encoding="latin-1") as fh:  # another encoding: written as text
        fastjson.write_bytes(fh, data)
    assert path.read_text(encoding="latin-1") == '{"t": "Zürich"}'


# -- the collector pause ---------------------------------------------------------------------

@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_restores_what_it_found_even_after_an_error(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), gc_paused():
            raise RuntimeError("boom")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_keep_loaded_freezes_what_a_paused_block_built_and_is_off_by_default():
    from chronica import bulk

    assert bulk._FREEZE is False  # a library user (the web app, the tests) keeps the collector whole
    gc.unfreeze()
    try:
        with gc_paused():
            built = [{"n": i} for i in range(1000)]
        assert gc.get_freeze_count() == 0
        bulk.keep_loaded()
        with gc_paused():
            built = [{"n": i} for i in range(1000)]
        assert gc.get_freeze_count() >= len(built)  # moved out of the generations the collector walks
        assert not any(gc.is_tracked(x) and x in gc.get_objects(0) for x in built[:3])
    finally:
        bulk.keep_loaded(False)
        gc.unfreeze()


# -- the Korea store: fast paths against straightforward ones ---------------------------------

@pytest.fixture(scope="module")
def korea_db(tmp_path_factory, shared) -> Path:
    from chronica.build import build
    from chronica.store import Store

    path = tmp_path_factory.mktemp("korea_read") / "k.db"
    with Store(path) as store:
        assert build([shared / "corpus" / "korea"], store).stored == 5
    return path


def _straightforward_export(store: object) -> dict:
    """The contract JSON built the way it was before the fast paths: each document's time
    expressions and references read one by one, every row whole."""
    from chronica.chronicle import chronicle_json
    from chronica.chronicle.persist import documents_info, load_chronicle
    from chronica.export.formats import TIMEX_EXPORT_FIELDS, document_id

    timexes: dict[int, list[dict]] = {}
    for t in store.timexes():
        timexes.setdefault(t["document_id"], []).append({k: t[k] for k in TIMEX_EXPORT_FIELDS})
    documents = [{
        "id": document_id(d.id), "path": d.path.split("#L")[0] if ".jsonl#L" in d.path else d.path,
        "record": int(d.path.rsplit("#L", 1)[1]) if ".jsonl#L" in d.path else None, "title": d.title, "author": d.author,
        "outlet": d.outlet, "url": d.url, "published": d.published,
        "published_source": d.published_source, "format": d.format, "words": d.n_words,
        "sentences": d.n_sentences,
        "near_duplicate_of": document_id(d.near_duplicate_of) if d.near_duplicate_of else None,
        "near_duplicate_similarity": d.near_duplicate_similarity,
        "reference_date": {"value": d.dct, "inferred": bool(d.dct_inferred),
                           "confidence": d.dct_confidence, "reasoning": d.dct_reasoning},
        "references": store.references(d.id), "timexes": timexes.get(d.id, []), "text": d.text,
    } for d in store.documents()]
    return {"documents": documents, **chronicle_json(load_chronicle(store), documents_info(store))}


def test_the_korea_export_equals_the_straightforward_one(korea_db):
    from chronica.export import export
    from chronica.store import Store

    with Store(korea_db) as store:
        expected = json.loads(json.dumps(_straightforward_export(store), ensure_ascii=False, indent=1))
        buf = io.StringIO()
        export(store, "json", buf)
    got = json.loads(buf.getvalue())
    assert got == expected
    assert got["documents"] and got["events"] and any(d["timexes"] for d in got["documents"])


def test_the_events_read_one_at_a_time_are_the_loaded_chronicles(korea_db):
    from chronica.chronicle.persist import iter_events, load_chronicle
    from chronica.store import Store

    with Store(korea_db) as store:
        streamed = list(iter_events(store))
        loaded = load_chronicle(store).events
    assert streamed == loaded and loaded
    assert [e.id for e in streamed] == [f"e{i}" for i in range(1, len(streamed) + 1)]


def test_the_streamed_export_is_the_whole_export_written_at_once(korea_db):
    from chronica.export import chronicle_dict, export
    from chronica.store import Store

    with Store(korea_db) as store:
        buf = io.StringIO()
        export(store, "json", buf)
        whole = fastjson.dumps_indented(chronicle_dict(store)) + b"\n"
    assert buf.getvalue().encode("utf-8") == whole


def test_the_korea_export_through_the_command_line_equals_the_library_one(korea_db, tmp_path):
    from chronica.export import export
    from chronica.store import Store

    out = tmp_path / "k.json"
    proc = subprocess.run([sys.executable, "-m", "chronica.cli", "export", "--db", str(korea_db),
                           "-o", str(out)], cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    stdout = subprocess.run([sys.executable, "-m", "chronica.cli", "export", "--db", str(korea_db)],
                            cwd=REPO, capture_output=True, check=True).stdout
    with Store(korea_db) as store:
        buf = io.StringIO()
        export(store, "json", buf)
    assert out.read_text(encoding="utf-8") == buf.getvalue() == stdout.decode("utf-8")


def test_events_without_mentions_print_the_same_timeline_and_barometers(korea_db):
    from chronica.chronicle.persist import event_sources, load_chronicle
    from chronica.report.terminal import (
        format_barometer,
        format_disagreements,
        format_timeline,
    )
    from chronica.store import Store

    with Store(korea_db) as store:
        full = load_chronicle(store)
        light = load_chronicle(store, mentions=False)
        sources = event_sources(store)
    assert [e.id for e in light.events] == [e.id for e in full.events]
    assert all(not e.mentions for e in light.events)
    assert {e.id: (len(e.mentions), e.documents) for e in full.events} == \
           {k: (s.n_mentions, s.documents) for k, s in sources.items()}
    assert format_timeline(light, width=120, sources=sources) == format_timeline(full, width=120)
    assert format_disagreements(light, width=120) == format_disagreements(full, width=120)
    pairs = full.main_pairs(3)
    assert pairs and light.main_pairs(3) == pairs
    for a, b, _ in pairs:
        assert format_barometer(light.barometer(a, b), width=120) == \
               format_barometer(full.barometer(a, b), width=120)


@pytest.mark.parametrize("plain_rows", [500, 1])  # Korea's table drawn by rich, and plainly
def test_the_timeline_from_its_entries_prints_as_from_the_whole_events(korea_db, monkeypatch, plain_rows):
    """``chronica timeline`` reads only the fields the table prints
    (:func:`chronica.chronicle.timeline_rows.timeline_entries`): the same table as from the
    events made whole."""
    from chronica.chronicle import Chronicle
    from chronica.chronicle.persist import event_sources, load_chronicle
    from chronica.chronicle.stored import documents_info
    from chronica.chronicle.timeline_rows import timeline_entries
    from chronica.report import terminal
    from chronica.store import Store

    monkeypatch.setattr(terminal, "PLAIN_ROWS", plain_rows)
    with Store(korea_db) as store:
        full = load_chronicle(store)
        entries = timeline_entries(store)
        sources = event_sources(store)
        names = Chronicle(events=[], disagreements=[], documents=documents_info(store))
    assert [e.id for e in entries] == [e.id for e in full.events]
    assert terminal.format_timeline(names, width=120, sources=sources, entries=entries) == \
        terminal.format_timeline(full, width=120)


# -- imports ---------------------------------------------------------------------------------

#: what a terminal read command loads: not the HTML report's libraries, not the time tagger,
#: not the cleaning machinery
READ_PATH = ("import chronica.cli; from chronica.report.terminal import format_timeline; "
             "from chronica.chronicle.persist import load_chronicle; from chronica.store import Store")
NOT_ON_READ_PATH = ("jinja2", "networkx", "chronica.time.tagger", "chronica.time.patterns",
                    "chronica.ingest._clean", "trafilatura")


def test_a_terminal_read_command_imports_only_what_it_uses():
    code = f"import sys, json; {READ_PATH}; print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True,
                                           capture_output=True, text=True).stdout))
    assert not loaded & set(NOT_ON_READ_PATH)


@pytest.mark.parametrize("package", ["chronica.time", "chronica.ingest", "chronica.report"])
def test_a_lazy_package_still_gives_every_public_name(package):
    code = (f"import {package} as p; [getattr(p, n) for n in p.__all__]; "
            "import sys; sys.exit(0 if not hasattr(p, 'no_such_name') else 1)")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


# -- actors typed on the command line: the KB read only as far as needed -----------------------

#: names as users type them: ids, names, capitals, demonyms, people, names only Phoenix knows,
#: a name only the store knows, misspellings
TYPED = ["RUS", "rus", "USSR", "Russia", "Moscow", "the Kremlin", "dprk", "North Korea", "Josef Stalin",
         "Soviet", "Washington", "United Nations", "NATO", "KOR", "the United States", "Britain",
         "Aldoria", "Rusia", "Kim Il-sung", "European Union", "phx:no_such", "SUN/military"]


def _answer(fn: object, text: str) -> object:  # the query, or the error's message and suggestions
    from chronica.chronicle.query import UnknownActor

    try:
        return fn(text)
    except UnknownActor as exc:
        return ("unknown", str(exc), exc.suggestions)


def test_find_actor_answers_as_the_whole_knowledge_base_does():
    from chronica.actors.kb import load_kb
    from chronica.chronicle.query import find_actor, resolve_actor

    kb = load_kb()
    seen = [("ALD", "Aldoria", "Aldoria"), ("ALD", "Aldoria", "the Aldorians")]
    phoenix_names = [f.text for f in kb.iter_forms()][::400]  # the KB's forms, Phoenix's among them
    people = [a.name for a in kb.actors.values() if a.id.startswith("phx:")][::997]
    assert people  # names only Phoenix knows are in the sample
    for text in TYPED + phoenix_names + people:
        for strict in (False, True):
            assert _answer(lambda t, s=strict: find_actor(t, strict=s, seen=lambda: seen), text) == \
                   _answer(lambda t, s=strict: resolve_actor(t, kb, strict=s, seen=seen), text), text


def test_the_core_knowledge_base_gives_the_same_states_and_predecessors():
    from chronica.actors.kb import load_core_kb, load_kb
    from chronica.chronicle.query import _predecessors

    core, full = load_core_kb(), load_kb()
    assert len(core.actors) < len(full.actors) / 10
    for actor_id, actor in core.actors.items():
        other = full.actors[actor_id]
        assert (other.name, other.kind, other.successor) == (actor.name, actor.kind, actor.successor)
        if actor.kind in ("state", "historical_state"):
            assert _predecessors(core, actor_id) == _predecessors(full, actor_id)


# -- the report of a large store: a summary of bounded size -------------------------------------

def _dead_links(page: str) -> set[str]:
    import re

    return set(re.findall(r'href="#([^"]*)"', page)) - set(re.findall(r'id="([^"]+)"', page))


def test_a_chronicle_beyond_the_limits_gets_a_summary_report(korea_db):
    from chronica.chronicle.persist import load_chronicle
    from chronica.report.html import ReportLimits, render_report
    from chronica.store import Store

    with Store(korea_db) as store:
        chronicle = load_chronicle(store, with_text=True)
    full = render_report(chronicle)
    assert "This report is a summary" not in full
    assert render_report(chronicle, limits=ReportLimits(10 ** 6, 10 ** 6, 10 ** 6)) == full
    limits = ReportLimits(events=10, disagreements=1, documents=2)
    page = render_report(chronicle, limits=limits)
    n_events, n_dis = len(chronicle.events), len(chronicle.disagreements)
    assert n_events > 10 and n_dis > 1 and len(chronicle.documents) > 2
    assert "This report is a summary" in page and "chronica report --full" in page
    assert f"Showing 10 of {n_events} events" in page and f"Showing the first 1 of {n_dis}" in page
    assert page.count('<li id="e') == 10 and page.count('<article class="doc"') == 2
    assert page.count('<div class="dis"') == 1
    assert len(page) < len(full) / 2
    # the first disagreement's events are shown, then the events told by the most documents
    shown = {e.id for e in chronicle.events if f'<li id="{e.id}"' in page}
    assert set(chronicle.disagreements[0].event_ids) <= shown
    rest = [e for e in chronicle.events if e.id not in set(chronicle.disagreements[0].event_ids)]
    fewest_shown = min(len(e.documents) for e in rest if e.id in shown)
    assert all(len(e.documents) <= fewest_shown for e in rest if e.id not in shown)
    order = [e.id for e in chronicle.events if e.id in shown]  # in the chronicle's order
    assert [i for i in (m.split('"')[1] for m in page.split('<li id=')[1:])] == order
    assert _dead_links(page) <= _dead_links(full)  # the summary links only to what it shows


def test_the_report_command_summarises_only_beyond_its_limits(korea_db, tmp_path):
    small, full = tmp_path / "r.html", tmp_path / "full.html"
    for out, extra in ((small, []), (full, ["--full"])):
        subprocess.run([sys.executable, "-m", "chronica.cli", "report", "--db", str(korea_db), "-o",
                        str(out), *extra], cwd=REPO, check=True, capture_output=True)
    assert small.read_bytes() == full.read_bytes()  # 70 events, 5 documents: within the limits


def test_main_keeps_what_it_loads_for_a_one_shot_command_only(monkeypatch):
    """The `chronica` command freezes what a command loaded (one command a process), `serve`
    does not, and invoking the app in this process (as the tests do) never turns it on."""
    from chronica import bulk, cli

    calls = []
    monkeypatch.setattr(cli, "app", lambda args: calls.append(args))
    monkeypatch.setattr(bulk, "_FREEZE", False)
    cli.main(["serve", "--db", "x.db"])
    assert bulk._FREEZE is False
    cli.main(["--quiet-flag-first", "timeline", "--db", "x.db"])
    assert bulk._FREEZE is True
    assert calls == [["serve", "--db", "x.db"], ["--quiet-flag-first", "timeline", "--db", "x.db"]]
