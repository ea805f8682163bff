"""The command line as a new user meets it: --version, plain metavars, actors in the user's own
words (the successor chain, unknown actors with close matches), validated types and dates,
missing paths, atomic outputs, one line instead of a traceback."""

from __future__ import annotations

import json
import re
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from chronica.chronicle.barometer import barometer
from chronica.chronicle.model import ChronicleEvent
from chronica.chronicle.query import ActorQuery, UnknownActor, check_type, parse_date, resolve_actor, BadValue
from chronica.actors.kb import load_kb
from chronica.events.model import Participant
from chronica.report.terminal import shorten

REPO = Path(__file__).resolve().parents[1]


def _cli(*args: str, cwd: Path | None = None, limit_bytes: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "chronica.cli", *args], cwd=cwd or REPO, env=env,
                          capture_output=True, text=True, timeout=900, preexec_fn=limit)


# -- actors as typed -------------------------------------------------------------------------------

ACTOR_CASES = [
    # (typed, actor id taken, ids included without --strict)
    ("Russia", "RUS", {"RUS", "SUN"}),
    ("USSR", "SUN", {"SUN"}),
    ("Soviet Union", "SUN", {"SUN"}),
    ("DPRK", "PRK", {"PRK"}),
    ("north korea", "PRK", {"PRK"}),
    ("Moscow", "RUS", {"RUS", "SUN"}),
    ("the Kremlin", "RUS", {"RUS", "SUN"}),
    ("Josef Stalin", "joseph_stalin", {"joseph_stalin"}),
    ("rus", "RUS", {"RUS"}),
]


@pytest.mark.parametrize("typed, actor_id, includes", ACTOR_CASES)
def test_query_resolve_actor_takes_names_as_users_type_them(typed, actor_id, includes):
    query = resolve_actor(typed, load_kb())
    assert query.actor_id == actor_id
    assert includes <= query.ids
    assert resolve_actor(typed, load_kb(), strict=True).ids == {actor_id}


def test_query_resolve_actor_falls_back_to_names_seen_in_the_store():
    seen = [("kim_x", "Kim Example", "Chairman Kim Example")]
    assert resolve_actor("chairman kim example", load_kb(), seen=seen).actor_id == "kim_x"


@pytest.mark.parametrize("typed, suggestion", [("Narnia", None), ("Rusia", "Russia"), ("Argentinya", "Argentina")])
def test_query_unknown_actor_suggests_close_matches(typed, suggestion):
    with pytest.raises(UnknownActor) as info:
        resolve_actor(typed, load_kb())
    assert "unknown actor" in str(info.value)
    if suggestion:
        assert suggestion in info.value.suggestions


def test_query_types_come_from_the_ontology():
    from chronica.events.ontology import load_ontology

    for code in load_ontology().types:
        assert check_type(code.lower()) == code
    with pytest.raises(BadValue, match="unknown event type"):
        check_type("BOGUS")


@pytest.mark.parametrize("value, ok", [("1950", True), ("1950-06", True), ("1950-06-25", True),
                                       ("foo", False), ("1950-13", False), ("1950-02-30", False), ("50", False)])
def test_query_dates_are_validated(value, ok):
    if ok:
        assert parse_date(value) == value
    else:
        with pytest.raises(BadValue):
            parse_date(value)


# -- barometer: what counts ----------------------------------------------------------------------

def _event(eid, type_, intensity, modality, parts, date="1960"):  # noqa: ANN001, ANN202
    return ChronicleEvent(id=eid, type=type_, intensity=intensity, modality=modality, date=date,
                          date_end=None, precision="year", earliest=f"{date}-01-01",
                          latest=f"{date}-12-31", summary=eid, confidence=1.0,
                          participants=[Participant(role=r, text=a, actor_id=a) for r, a in parts])


BAROMETER_CASES = [
    # (events, pair, scored event ids)
    ([_event("e1", "AID", 6, "refused", [("source", "AAA"), ("target", "BBB")])], ("AAA", "BBB"), []),
    ([_event("e1", "AID", 6, "planned", [("source", "AAA"), ("target", "BBB")])], ("AAA", "BBB"), []),
    ([_event("e1", "AID", 6, "asserted", [("source", "AAA"), ("target", "BBB")])], ("AAA", "BBB"), ["e1"]),
    # a refusal is itself done: a REJECT (its modality stays "refused") scores
    ([_event("e1", "AGREE", 3, "asserted", [("source", "AAA"), ("target", "BBB")]),
      _event("e2", "REJECT", -4, "refused", [("source", "BBB"), ("target", "AAA")])], ("AAA", "BBB"), ["e1", "e2"]),
    ([_event("e1", "AGREE", 3, "refused", [("source", "AAA"), ("target", "BBB")])], ("AAA", "BBB"), []),
    # two allies attacking a third together are not scored against each other
    ([_event("e1", "ASSAULT", -9, "asserted", [("source", "AAA"), ("source", "BBB"), ("target", "CCC")])],
     ("AAA", "BBB"), []),
    ([_event("e1", "ASSAULT", -9, "asserted", [("source", "AAA"), ("source", "BBB"), ("target", "CCC")])],
     ("AAA", "CCC"), ["e1"]),
    ([_event("e1", "ASSAULT", -9, "asserted", [("source", "AAA"), ("source", "BBB")])], ("AAA", "BBB"), []),
    # the two sides of a symmetric act with no other side face each other
    ([_event("e1", "AGREE", 5, "asserted", [("source", "AAA"), ("source", "BBB")])], ("AAA", "BBB"), ["e1"]),
]


@pytest.mark.parametrize("events, pair, scored", BAROMETER_CASES)
def test_barometer_scores_only_done_acts_between_counterparts(events, pair, scored):
    series = barometer(events, {pair[0]}, {pair[1]})
    assert series.event_ids == scored


# -- small helpers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, limit, expected", [
    ("The state collapsed in 1991 after a long crisis.", 27, "The state collapsed in…"),
    ("short", 10, "short"),
    ("Averyveryverylongword", 8, "Averyve…"),
])
def test_terminal_shorten_cuts_at_word_boundaries(text, limit, expected):
    assert shorten(text, limit) == expected


def test_svg_every_chart_has_labelled_time_ticks():
    from chronica.report.svg import time_ticks

    for lo, hi in [(1950.45, 1950.9), (1950.0, 1953.0), (1945.0, 2024.0), (1950.45, 1950.5), (1000.0, 2000.0)]:
        ticks = time_ticks(lo, hi)
        assert 2 <= len(ticks) <= 12
        assert all(label for _, label in ticks)
    assert time_ticks(1950.45, 1950.9)[0][1] == "Jul 1950"


@pytest.mark.parametrize("value, earliest, latest, inferred, text", [
    ("196", "1960-01-01", "1969-12-31", False, "1960s"),
    ("196", "1960-01-01", "1963-12-31", False, "early 1960s"),
    ("196", "1964-01-01", "1966-12-31", False, "mid-1960s"),
    ("196", "1967-01-01", "1969-12-31", False, "late 1960s"),
    ("200", None, None, True, "~2000s (inferred)"),
    ("1950-06-25", None, None, False, "25 June 1950"),
])
def test_dates_reader_form(value, earliest, latest, inferred, text):
    from chronica.chronicle.dates import reader_form

    assert reader_form(value, None, earliest, latest, inferred=inferred) == text


# -- the command line end to end -------------------------------------------------------------------

SOVIET = {
    "a.txt": "title: Treaty of 1961\n\nOn 6 July 1961 the Soviet Union signed a treaty of friendship with "
             "North Korea in Moscow. The two governments agreed to consult each other.\n",
    "b.txt": "title: Visit of 2000\n\nOn 19 July 2000 Russia signed an agreement with North Korea in "
             "Pyongyang. Both sides praised the talks.\n",
}


@pytest.fixture(scope="module")
def soviet_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("soviet")
    for name, text in SOVIET.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "s.db"
    result = _cli("build", str(folder), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    return db


def test_cli_barometer_russia_includes_the_soviet_union_unless_strict(soviet_store):
    wide = _cli("barometer", "Russia", "DPRK", "--db", str(soviet_store))
    assert wide.returncode == 0, wide.stderr
    assert "Russia (RUS)" in wide.stderr and "Soviet Union" in wide.stderr
    assert "1961" in wide.stdout and "2000" in wide.stdout
    strict = _cli("barometer", "Russia", "DPRK", "--strict", "--db", str(soviet_store))
    assert strict.returncode == 0, strict.stderr
    assert "2000" in strict.stdout and "1961" not in strict.stdout


@pytest.mark.parametrize("typed", ["USSR", "Soviet Union", "Moscow"])
def test_cli_events_take_the_names_users_type(soviet_store, typed):
    result = _cli("events", "--actor", typed, "--db", str(soviet_store))
    assert result.returncode == 0, result.stderr
    assert "1961" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["events", "--actor", "Narnia"], "unknown actor 'Narnia'"),
    (["barometer", "Narnia", "Russia"], "unknown actor 'Narnia'"),
    (["events", "--type", "BOGUS"], "unknown event type 'BOGUS'"),
    (["events", "--between", "foo", "bar"], "'foo' is not a date"),
    (["barometer", "Russia", "DPRK", "--resolution", "week"], "--resolution takes"),
])
def test_cli_bad_values_are_one_line_and_exit_2(soviet_store, args, message):
    result = _cli(*args, "--db", str(soviet_store))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0


def test_cli_version_and_plain_metavars():
    result = _cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("chronica ")
    for command in ("build", "events", "barometer", "report", "export", "time", "documents"):
        text = _cli(command, "--help").stdout
        assert "<" not in text and "{actor" not in text and "list[" not in text, (command, text)
    # --type lists the ontology's types (INVADE became a form of ASSAULT with the PLOVER coding)
    assert "ASSAULT" in _cli("events", "--help").stdout


def _every_command(group, prefix=()):
    from typer._click import Context  # typer carries its own click

    ctx = Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if hasattr(command, "list_commands"):
            yield from _every_command(command, (*prefix, name))
        else:
            yield (*prefix, name)


def test_cli_every_help_shows_metavars_in_plain_words():
    """Every command's and eval subcommand's --help: no Python type ("<int range>", "<str>",
    "<list[Path]>") and no parameter's Python name ("{gold}") where a value is shown, and no
    argument in braces or doubled brackets on the usage line ("{ACTOR}", "[[FILE]]")."""
    import re

    import typer
    from typer.testing import CliRunner

    from chronica.cli import app

    commands = list(_every_command(typer.main.get_command(app)))
    assert ("eval", "events") in commands and ("search",) in commands
    for command in commands:
        result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "160"})
        assert result.exit_code == 0, (command, result.output)
        shown = re.findall(r"<[a-z][^>]*>|\{[a-z_]+\}|list\[", result.output)
        assert not shown, (command, shown)
        # the usage line as the convention has it: PATH... (required), [FILE] (optional)
        usage = next(line for line in result.output.splitlines() if line.startswith("Usage:"))
        assert not re.search(r"[{}]|\[\[", usage), (command, usage)


LONG_WORDS = ("title: A long sentence\n\nIn February 1956 the Soviet leadership denounced Stalin, and the North "
              "Korean government, to the considerable disappointment of its Soviet counterparts and of the "
              "internationalist delegations, refused the de-Stalinisation that Moscow recommended for the "
              "fraternal parties of Eastern Europe and Asia.\n")


def test_cli_events_on_a_narrow_terminal_never_cut_a_word(tmp_path):
    """A cell is cut only by shorten() at a word; a word wider than its column is folded onto the
    next line, not cut ("de-Stalinis…")."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.txt").write_text(LONG_WORDS, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert _cli("build", str(tmp_path / "in"), "--db", db, "-q").returncode == 0
    result = subprocess.run([sys.executable, "-m", "chronica.cli", "events", "--db", db], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "80"},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    words = set(re.findall(r"[\w'-]+", LONG_WORDS))
    cut = [w for w in re.findall(r"([\w'-]+)…", result.stdout) if w not in words]
    assert "…" in result.stdout or "de-Stalinisation" in result.stdout
    assert not cut, (cut, result.stdout)


def test_cli_build_missing_path_is_an_error_before_any_store(tmp_path):
    result = _cli("build", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db"))
    assert result.returncode == 2 and "no such file or folder" in result.stderr
    assert not (tmp_path / "s.db").exists()


def test_cli_read_command_without_a_store_is_one_line(tmp_path):
    result = _cli("timeline", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and "no store at" in result.stderr
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("command, output", [(["report"], "r.html"), (["export", "--format", "json"], "e.json")])
def test_cli_outputs_are_atomic_on_a_full_disk(soviet_store, tmp_path, command, output):
    target = tmp_path / output
    target.write_text("the previous version", encoding="utf-8")
    result = _cli(*command, "-o", str(target), "--db", str(soviet_store), limit_bytes=2000)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    assert target.read_text(encoding="utf-8") == "the previous version"
    assert [p.name for p in tmp_path.iterdir()] == [output]  # no temporary file left
    ok = _cli(*command, "-o", str(target), "--db", str(soviet_store))
    assert ok.returncode == 0
    if output.endswith(".json"):
        assert json.loads(target.read_text(encoding="utf-8"))["documents"]
