"""Run every bad-input case of issue 12 against the CLI, each in its own temporary folder, and
print one table: case, exit code, the first line it printed, whether a traceback was printed,
and what was kept (read back from the store or the files afterwards).

    python benchmarks/reliability_cases.py [--long-mb 1.2] [--skip-long]

Run from the repository root: the CLI is ``python -m chronica.cli`` of this checkout, or of
``--root DIR`` (e.g. a worktree of the commit the issue measured: ``git worktree add /tmp/old
6022fb3``); ``--only CASE...`` runs some cases. Each row is printed as soon as its case is done.
``--merge BEFORE.md AFTER.md`` prints two runs' tables side by side (the note's before/after).
The full-disk and read-only cases mount a small tmpfs (as root); where mounting is impossible
they are reported as not run.
The long-file case generates a text over spaCy's 1,000,000-character limit with
``benchmarks/long_text.py`` (the 50 MB build is measured on its own: see that script).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the checkout whose ``chronica`` is run (``--root``): this one unless told otherwise
CHECKOUT = ROOT
HAS_NO_VECTORS = True
KOREA = Path(os.environ.get("CHRONICA_SHARED", ROOT.parent / "shared")) / "corpus" / "korea"
if not KOREA.is_dir():
    KOREA = Path("/work/shared/corpus/korea")

BRIEF = "The café hosted talks between Brazil and Argentina in 2001. Both sides agreed.\n"
ARTICLE = ("The foreign ministers of Chile and Peru met in Lima on 3 March 1999 to settle the "
           "border dispute. They signed an agreement on fishing rights two days later.\n")


@dataclass
class Row:
    case: str
    command: str
    exit: int | str
    message: str
    traceback: bool
    kept: str


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float = 0.0
    cpu: float = 0.0

    @property
    def message(self) -> str:
        for text in (self.err, self.out):
            lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not set(ln.strip()) <= set("━─│┃╭╮╰╯┏┓┗┛ ")]
            if lines:
                return lines[-1][:110] if "Traceback" in text else lines[0][:110]
        return ""

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.out + self.err


def cli(*args: str, cwd: Path | None = None, timeout: float = 1800, columns: int = 200,
        rss: bool = False) -> Run:
    """Run the CLI of :data:`CHECKOUT`; with ``rss``, under ``/usr/bin/time`` (its peak RSS is
    then in ``Run.peak_mb``)."""
    started = time.perf_counter()
    if not HAS_NO_VECTORS:  # an older checkout embedded nothing at build time
        args = tuple(a for a in args if a != "--no-vectors")
    prefix: list[str] = []
    if rss and Path("/usr/bin/time").exists():
        handle, name = tempfile.mkstemp(prefix="rss-")
        os.close(handle)
        measured = Path(name)
        prefix = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(measured)]
    try:
        proc = subprocess.run([*prefix, sys.executable, "-m", "chronica.cli", *args], capture_output=True,
                              text=True, cwd=cwd or CHECKOUT, timeout=timeout, check=False,
                              env={**os.environ, "PYTHONPATH": str(CHECKOUT), "COLUMNS": str(columns)})
    except subprocess.TimeoutExpired as exc:  # a case that does not end is a finding, not a crash
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return Run(-1, out, err + f"\nstill running after {timeout:.0f} s: stopped",
                   time.perf_counter() - started)
    run = Run(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started)
    if prefix:
        kb, user, system = measured.read_text().split()[-3:]
        run.peak_mb, run.cpu = int(kb) / 1024, float(user) + float(system)
        measured.unlink()
    return run


def store_kept(db: Path) -> str:
    """Documents stored, and whether SQLite finds the file sound (the file closed again: an open
    handle would keep its small file system from being unmounted)."""
    if not db.exists():
        return "no store created"
    conn = None
    try:
        read_only_fs = bool(os.statvfs(db).f_flag & os.ST_RDONLY)  # no -shm can be made there
        conn = sqlite3.connect(f"file:{db}?mode=ro{'&immutable=1' if read_only_fs else ''}", uri=True)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        events = next((f", {conn.execute(f'SELECT COUNT(*) FROM {t}').fetchone()[0]} timeline entries"
                       for t in ("chronicle_events", "events") if t in tables), "")
    except sqlite3.Error as exc:
        return f"store unreadable: {exc}"
    finally:
        if conn is not None:
            conn.close()
    return f"{docs} documents{events}, store {ok}"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def row(case: str, args: tuple[str, ...], run: Run, kept: str) -> Row:
    shown = " ".join(a if len(a) < 40 else "…" + a[-30:] for a in args)
    return Row(case, shown, run.code, run.message, run.traceback, kept)


# -- the cases ---------------------------------------------------------------------------------

def case_long_file(tmp: Path, megabytes: float, timeout: float = 1800) -> list[Row]:
    spec = importlib.util.spec_from_file_location("long_text", ROOT / "benchmarks" / "long_text.py")
    long_text = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(long_text)
    path = tmp / "book.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("title: A generated history\n\n")
        for para in long_text.generate(megabytes, seed=5):
            fh.write(para)
    (tmp / "short.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp / "long.db"
    args = ("build", str(path), str(tmp / "short.txt"), "--db", str(db), "-q", "--no-vectors")
    rows = []
    for label in ("", ", run again"):
        run = cli(*args, timeout=timeout, rss=True)
        rows.append(row(f"long file ({path.stat().st_size / 1e6:.1f} MB) + a short one{label}", args, run,
                        store_kept(db) + f"; {run.cpu:.0f} CPU-s, peak RSS {run.peak_mb:.0f} MB, wall {run.seconds:.0f} s"))
    return rows


def _stored_encoding(db: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        cols = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
        rows = conn.execute("SELECT text, encoding" + (", replaced_chars" if "replaced_chars" in cols else "")
                            + " FROM documents").fetchall()
        conn.close()
    except sqlite3.Error:
        return ""
    return "; ".join(f"encoding {r[1]}, replaced {r[2] if len(r) > 2 else '(not counted)'}, "
                     f"U+FFFD in text: {chr(0xFFFD) in r[0]}, text: {r[0][:40]!r}" for r in rows)


def case_stray_byte(tmp: Path) -> list[Row]:
    rows = []
    for label, data in (
        ("stray 0xFF byte in ASCII text", ARTICLE.encode().replace(b"border", b"bor\xffder")),
        ("stray 0xFF byte in UTF-8 text", ("The caf\u00e9 in S\u00e3o Paulo hosted the ministers. "
                                            + ARTICLE).encode().replace(b"border", b"bor\xffder")),
    ):
        folder = tmp / label.split()[-2]
        folder.mkdir()
        (folder / "stray.txt").write_bytes(data)
        db = tmp / f"{folder.name}.db"
        args = ("build", str(folder), "--db", str(db), "--no-vectors")
        run = cli(*args)
        warned = "undecodable bytes" in run.err + run.out or "replaced" in run.err + run.out
        rows.append(row(label, args, run, store_kept(db) + f"; {_stored_encoding(db)}; warned: {warned}"))
    return rows


def case_short_brief(tmp: Path) -> list[Row]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "brief.txt").write_text(BRIEF, encoding="utf-8")
    db = tmp / "s.db"
    args = ("build", str(folder), "--db", str(db), "-q")
    return [row("two-sentence brief", args, cli(*args), store_kept(db))]


def read_commands(tmp: Path) -> list[tuple[str, ...]]:
    """Every command that reads a store (and build, which writes one)."""
    return [("documents",), ("time",), ("actors",), ("events",), ("timeline",), ("disagreements",),
            ("barometer", "Chile", "Peru"), ("report", "-o", str(tmp / "r.html")),
            ("export", "--format", "json", "-o", str(tmp / "e.json")), ("search", "border"),
            ("ask", "When did Chile and Peru meet?"), ("check", "Chile and Peru met in 1999."),
            ("claims",), ("annotate",), ("build", str(tmp / "a.txt"), "-q", "--no-vectors")]


def _header(db: Path) -> str:
    head = db.read_bytes()[:20]
    return {1: "rollback journal", 2: "WAL"}.get(head[18], "?") if head.startswith(b"SQLite format 3") else "not SQLite"


def case_foreign_sqlite(tmp: Path) -> list[Row]:
    db = tmp / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO documents (title) VALUES ('not ours')")
    conn.commit()
    conn.close()
    before = sha(db)
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    rows = []
    for args in read_commands(tmp):
        run = cli(*args, "--db", str(db))
        rows.append(row("foreign SQLite file (a documents table)", args, run,
                        ("file unchanged" if sha(db) == before else "FILE CHANGED") + f", header: {_header(db)}"))
    return rows


def case_non_store(tmp: Path) -> list[Row]:
    db = tmp / "notes.txt"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    before = sha(db)
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    rows = []
    for args in read_commands(tmp):
        run = cli(*args, "--db", str(db))
        rows.append(row("file that is not a store", args, run,
                        "file unchanged" if sha(db) == before else "FILE CHANGED"))
    return rows


def case_newer_store(tmp: Path) -> list[Row]:
    """A store written by a newer Chronica (a schema version this one does not know)."""
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp / "s.db"
    cli("build", str(tmp / "a.txt"), "--db", str(db), "-q", "--no-vectors")
    if not db.exists():
        return [Row("store of a newer schema version", "", "not run", "no store built", False, "")]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    before = sha(db)
    rows = []
    for args in (("timeline",), ("build", str(tmp / "a.txt"), "-q", "--no-vectors")):
        run = cli(*args, "--db", str(db))
        rows.append(row("store of a newer schema version", args, run,
                        "file unchanged" if sha(db) == before else "FILE CHANGED"))
    return rows


def case_concurrent(tmp: Path) -> list[Row]:
    folder = tmp / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("1999", str(1990 + i)), encoding="utf-8")
    db = tmp / "new.db"
    args = ("build", str(folder), "--db", str(db), "-q")
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    procs = [subprocess.Popen([sys.executable, "-m", "chronica.cli", *args], cwd=CHECKOUT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    runs = []
    for p in procs:
        out, err = p.communicate(timeout=1800)
        runs.append(Run(p.returncode, out, err, 0.0))
    kept = store_kept(db)
    return [row(f"two builds at once on a new store ({i + 1})", args, r, kept) for i, r in enumerate(runs)]


def case_stopped(tmp: Path) -> list[Row]:
    """A build told to stop (SIGTERM, as a service manager or ``timeout`` sends it) once it has
    stored a few documents, then the same build again, then once more."""
    folder = tmp / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"a{i:02d}.txt").write_text(
            f"title: Talks number {i}\n\n" + ARTICLE.replace("1999", str(1940 + i)), encoding="utf-8")
    db = tmp / "s.db"
    args = ("build", str(folder), "--db", str(db), "-q", "--no-vectors", "--workers", "1", "--batch-size", "2")
    if not HAS_NO_VECTORS:  # an older checkout embedded nothing at build time
        args = tuple(a for a in args if a != "--no-vectors")
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    proc = subprocess.Popen([sys.executable, "-m", "chronica.cli", *args], cwd=CHECKOUT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 1200
    while proc.poll() is None and time.time() < deadline:
        time.sleep(0.5)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 3:
                    break
        except sqlite3.Error:
            pass
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=600)
    rows = [row("build stopped by SIGTERM (60 short files)", args, Run(proc.returncode, out, err, 0.0), store_kept(db))]
    for label in ("the same build again", "and once more"):
        run = cli(*args)
        rows.append(row(f"build stopped by SIGTERM: {label}", args, run, store_kept(db)))
    return rows


def _mount(point: Path, size: str) -> bool:
    point.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True, check=False).returncode == 0


def _umount(point: Path) -> None:
    if subprocess.run(["umount", str(point)], capture_output=True, check=False).returncode:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def case_full_disk(tmp: Path, korea_db: Path | None) -> list[Row]:
    point = tmp / "small"
    if not _mount(point, "400k"):
        return [Row("full disk", "mount -t tmpfs", "not run", "cannot mount a tmpfs here", False, "")]
    rows = []
    try:
        db = point / "s.db"
        args = ("build", str(KOREA), "--db", str(db), "-q", "--no-vectors")
        run = cli(*args)
        rows.append(row("full disk (400 KB tmpfs) during build", args, run, store_kept(db)))
        if korea_db is not None:
            for f in point.iterdir():
                f.unlink()
            filler = point / "filler"
            with filler.open("wb") as fh:  # leave about 40 KB
                try:
                    fh.write(b"\0" * (360 * 1024))
                except OSError:
                    pass
            for args, target in (
                (("report", "--db", str(korea_db), "-o", str(point / "report.html")), point / "report.html"),
                (("export", "--db", str(korea_db), "--format", "json", "-o", str(point / "out.json")),
                 point / "out.json"),
            ):
                run = cli(*args)
                left = sorted(f"{p.name} ({p.stat().st_size} B)" for p in point.iterdir() if p.name != "filler")
                rows.append(row(f"full disk during {args[0]}", args, run,
                                f"files left on the full disk: {left or 'none'}"))
    finally:
        _umount(point)
    return rows


def case_read_only(tmp: Path) -> list[Row]:
    """A store on a file system mounted read-only (root ignores file modes, not a read-only mount)."""
    point = tmp / "ro"
    if not _mount(point, "20m"):
        return [Row("read-only store", "mount -t tmpfs", "not run", "cannot mount a tmpfs here", False, "")]
    rows = []
    try:
        (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp / "b.txt").write_text(ARTICLE.replace("1999", "2003"), encoding="utf-8")
        db = point / "s.db"
        cli("build", str(tmp / "a.txt"), "--db", str(db), "-q", "--no-vectors")
        subprocess.run(["mount", "-o", "remount,ro", str(point)], capture_output=True, check=False)
        for args in (("build", str(tmp / "b.txt"), "-q", "--no-vectors"), ("timeline",)):
            run = cli(*args, "--db", str(db))
            rows.append(row("store on a read-only file system", args, run, store_kept(db)))
    finally:
        _umount(point)
    return rows


def case_symlink_loop(tmp: Path) -> list[Row]:
    root = tmp / "corpus"
    (root / "inner").mkdir(parents=True)
    (root / "inner" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "inner" / "loop").symlink_to(root)  # a loop back to the top
    (root / "inner" / "out").symlink_to(tmp / "sibling")  # a way out of the folder given
    (tmp / "sibling").mkdir()
    (tmp / "sibling" / "b.txt").write_text(BRIEF, encoding="utf-8")
    db = tmp / "s.db"
    args = ("build", str(root), "--db", str(db), "-q")
    return [row("symlink loop + link out of the folder", args, cli(*args),
                store_kept(db) + " (1 file is inside the folder)")]


def case_missing_path(tmp: Path) -> list[Row]:
    db = tmp / "s.db"
    args = ("build", str(tmp / "no-such-folder"), "--db", str(db))
    return [row("path that does not exist", args, cli(*args), store_kept(db))]


def case_names(korea_db: Path | None) -> list[Row]:
    if korea_db is None:
        return [Row("actor names as typed", "", "not run", "no Korea corpus", False, "")]
    rows = []
    for args in (("barometer", "Russia", "North Korea"), ("barometer", "Russia", "North Korea", "--strict"),
                 ("barometer", "USSR", "DPRK"), ("events", "--actor", "USSR"),
                 ("events", "--actor", "Soviet Union"), ("events", "--actor", "DPRK"),
                 ("events", "--actor", "Moscow"), ("events", "--actor", "Josef Stalin"),
                 ("events", "--actor", "Narnia"), ("barometer", "Narnia", "DPRK")):
        run = cli(*args, "--db", str(korea_db))
        lines = [ln for ln in run.out.splitlines() if ln.strip()]
        years = sorted({int(y) for y in re.findall(r"\b(19[0-9]{2}|20[0-2][0-9])\b", run.out)})
        span = f", years {years[0]}-{years[-1]}" if years else ""
        rows.append(row("actor name as typed", args, run, f"{len(lines)} lines of output{span}"))
    return rows


def case_bad_options(korea_db: Path | None) -> list[Row]:
    if korea_db is None:
        return []
    rows = []
    for args in (("events", "--type", "BOGUS"), ("events", "--between", "foo", "bar"),
                 ("events", "--between", "1950", "1940-13")):
        rows.append(row("bad option value", args, cli(*args, "--db", str(korea_db)), "nothing written"))
    return rows


BAROMETER = {
    "aid.txt": "title: An offer refused\n\nOn 3 March 1965 Japan offered economic aid to Indonesia. "
               "On 10 March 1965 Indonesia rejected the offer.\n",
    "war.txt": "title: A joint attack\n\nOn 5 June 1967 Egypt and Syria attacked Israel.\n",
}


def case_barometer(tmp: Path) -> list[Row]:
    for name, text in BAROMETER.items():
        (tmp / name).write_text(text, encoding="utf-8")
    db = tmp / "b.db"
    cli("build", *(str(tmp / n) for n in BAROMETER), "--db", str(db), "-q", "--no-vectors")
    rows = []
    for label, args in (("refused aid offer", ("barometer", "Japan", "Indonesia")),
                        ("two allies attacking a third", ("barometer", "Egypt", "Syria")),
                        ("the attacked and an attacker", ("barometer", "Egypt", "Israel"))):
        run = cli(*args, "--db", str(db))
        scores = re.findall(r"[-+−]?\d+\.\d", run.out)
        rows.append(row(f"barometer: {label}", args, run,
                        "scores shown: " + (", ".join(scores) or "none") + f"; {run.out.strip()[:80]!r}"))
    report = tmp / "r.html"
    run = cli("report", "-o", str(report), "--db", str(db))
    html = report.read_text(encoding="utf-8") if report.exists() else ""
    ticks = sorted(set(re.findall(r"<text[^>]*>((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})</text>", html)))
    rows.append(row("month-resolution chart: a time axis", ("report",), run,
                    f"month tick labels in the charts: {ticks or 'none'}"))
    return rows


def case_report(tmp: Path) -> list[Row]:
    """The bundled example: its ad, the dates as shown, the graph's note, clipped boxes."""
    example = ROOT / "examples" / "suez"
    db = tmp / "suez.db"
    cli("build", str(example), "--db", str(db), "-q", "--no-vectors")
    report = tmp / "suez.html"
    run = cli("report", "-o", str(report), "--db", str(db))
    html = report.read_text(encoding="utf-8") if report.exists() else ""
    ad = "Buy war bonds" in html
    stored_ad = False
    if db.exists():
        conn = sqlite3.connect(db)
        stored_ad = any("Buy war bonds" in t for (t,) in conn.execute("SELECT text FROM documents"))
        conn.close()
    raw = sorted(set(re.findall(r">\s*(~?\d{2,3}\s*\(inferred\)|~?\d{3})\s*<", html)))
    clipped = len(re.findall(r"overflow(?:-y)?\s*:\s*(?:auto|scroll|hidden)", html))
    note = "The graph shows" in html
    return [row("report of the bundled example", ("report",), run,
                f"ad in report: {ad}, ad in stored text: {stored_ad}; raw date values shown: {raw or 'none'}; "
                f"scrolling/clipping boxes in CSS: {clipped}; graph note present: {note}")]


def case_help(korea_db: Path | None) -> list[Row]:
    rows = []
    events = cli("events", "--help")
    rows.append(row("events --help lists the event types", ("events", "--help"), events,
                    f"ASSAULT listed: {'ASSAULT' in events.out}"))
    shown = set()
    for command in ("build", "events", "barometer", "report", "export", "time", "documents", "timeline"):
        shown |= set(re.findall(r"<[a-z][^>]*>|\{[a-z_]+\}|list\[[^]]*\]", cli(command, "--help").out))
    rows.append(Row("metavars in --help", "build/events/barometer/report/export/time/documents/timeline --help",
                    0, "", False, f"Python types or names shown: {sorted(shown) or 'none'}"))
    if korea_db is not None:
        run = cli("timeline", "--db", str(korea_db), columns=80)
        cut = sorted(set(re.findall(r"\w*\d…", run.out)))
        rows.append(row("timeline on an 80-column terminal", ("timeline",), run,
                        f"numbers cut before '…': {cut or 'none'}"))
    return rows


def case_version() -> list[Row]:
    run = cli("--version")
    return [Row("--version", "--version", run.code, run.out.strip()[:110], run.traceback, "")]


# -- the table ---------------------------------------------------------------------------------

def _rows_of(path: Path) -> list[list[str]]:
    """The rows of a table this script printed (any number of runs' outputs joined)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) == 6 and cells[0] != "case":
            rows.append(cells)
    return rows


def _same_command(command: str) -> str:
    """A command with its temporary folder's random name taken out (it differs between runs)."""
    # a long path is shown as "…" and its last 30 characters, which may start in that name
    command = re.sub(r"…[^/\s]*/", "…/", re.sub(r"/tmp/chronica-reliability-[a-z0-9_]{8}", "…", command))
    return command.replace(" --no-vectors", "")  # left out for a checkout that has no such option


def merge(before: list[Path], after: list[Path]) -> str:
    """One table of the rows of two runs (the ``before`` and ``after`` checkouts) side by side,
    matched by case and command, in the order of the ``after`` run."""
    olds: dict[tuple[str, str], list[list[str]]] = {}
    for path in before:
        for cells in _rows_of(path):
            olds.setdefault((cells[0], _same_command(cells[1])), []).append(cells)
    lines = ["| case | command | before: exit | before: message | before: traceback | before: kept "
             "| after: exit | after: message | after: traceback | after: kept |", "|" + "---|" * 10]
    for path in after:
        for cells in _rows_of(path):
            key = (cells[0], _same_command(cells[1]))
            old = olds[key].pop(0) if olds.get(key) else ["", "", "not run", "", "", ""]
            lines.append("| " + " | ".join([cells[0], _same_command(cells[1]), *old[2:], *cells[2:]]) + " |")
    return "\n".join(lines)


def main() -> None:
    global CHECKOUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-mb", type=float, default=1.2)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--long-timeout", type=float, default=1800, help="seconds before the long build is stopped")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout whose chronica is run (e.g. a worktree of an older commit)")
    parser.add_argument("--only", nargs="*", help="run only these cases (by their short names)")
    parser.add_argument("--merge", nargs=2, metavar=("BEFORE", "AFTER"),
                        help="print two runs' tables side by side and exit (each a file, or a "
                             "comma-separated list of files: runs of some cases each)")
    args = parser.parse_args()
    if args.merge:
        print(merge(*([Path(p) for p in side.split(",")] for side in args.merge)))
        return
    CHECKOUT = args.root.resolve()
    global HAS_NO_VECTORS
    HAS_NO_VECTORS = "--no-vectors" in cli("build", "--help").out
    header = ("case", "command", "exit", "message", "traceback", "kept")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header), flush=True)
    with tempfile.TemporaryDirectory(prefix="chronica-reliability-", ignore_cleanup_errors=True) as base:
        base_path = Path(base)

        def fresh(name: str) -> Path:
            path = base_path / name
            path.mkdir()
            return path

        korea_db = None
        needs_korea = not args.only or set(args.only) & {"disk", "names", "options", "help"}
        if KOREA.is_dir() and needs_korea:
            korea_db = fresh("korea") / "korea.db"
            cli("build", str(KOREA), "--db", str(korea_db), "-q", "--no-vectors")
        cases: list[tuple[str, Callable[[], list[Row]]]] = [
            ("long", lambda: case_long_file(fresh("long"), args.long_mb, args.long_timeout)),
            ("stray", lambda: case_stray_byte(fresh("stray"))),
            ("brief", lambda: case_short_brief(fresh("brief"))),
            ("nonstore", lambda: case_non_store(fresh("nonstore"))),
            ("foreign", lambda: case_foreign_sqlite(fresh("foreign"))),
            ("newer", lambda: case_newer_store(fresh("newer"))),
            ("concurrent", lambda: case_concurrent(fresh("concurrent"))),
            ("stopped", lambda: case_stopped(fresh("stopped"))),
            ("disk", lambda: case_full_disk(fresh("disk"), korea_db)),
            ("readonly", lambda: case_read_only(fresh("readonly"))),
            ("symlink", lambda: case_symlink_loop(fresh("symlink"))),
            ("missing", lambda: case_missing_path(fresh("missing"))),
            ("names", lambda: case_names(korea_db)),
            ("options", lambda: case_bad_options(korea_db)),
            ("barometer", lambda: case_barometer(fresh("barometer"))),
            ("report", lambda: case_report(fresh("report"))),
            ("help", lambda: case_help(korea_db)),
            ("version", case_version),
        ]
        for name, run_case in cases:
            if (args.only and name not in args.only) or (name == "long" and args.skip_long):
                continue
            for r in run_case():  # each row as soon as its case is done
                cells = (r.case, r.command, str(r.exit), r.message, "yes" if r.traceback else "no", r.kept)
                print("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |", flush=True)
            print(f"[{name} done]", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
