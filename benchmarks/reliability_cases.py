"""Run every bad-input case of issue 12 against the CLI, each in its own temporary folder, and
print one table: case, exit code, the first line it printed, whether a traceback was printed,
and what was kept (read back from the store or the files afterwards).

    python benchmarks/reliability_cases.py [--long-mb 1.2] [--skip-long]

Run from the repository root: the CLI is ``python -m chronica.cli`` of this checkout. The full-disk
cases mount a small tmpfs (as root); where mounting is impossible they are reported as not run.
The long-file case generates a text over spaCy's 1,000,000-character limit with
``benchmarks/long_text.py`` (the 50 MB build is measured on its own: see that script).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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


def cli(*args: str, cwd: Path | None = None, timeout: float = 1800) -> Run:
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "chronica.cli", *args], capture_output=True,
                              text=True, cwd=cwd or ROOT, timeout=timeout, check=False,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})
    except subprocess.TimeoutExpired as exc:  # a case that does not end is a finding, not a crash
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return Run(-1, out, err + f"\nstill running after {timeout:.0f} s: stopped",
                   time.perf_counter() - started)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started)


def store_kept(db: Path) -> str:
    """Documents stored, and whether SQLite finds the file sound."""
    if not db.exists():
        return "no store created"
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM chronicle_events").fetchone()[0]
        conn.close()
    except sqlite3.Error as exc:
        return f"store unreadable: {exc}"
    return f"{docs} documents, {events} timeline entries, store {ok}"


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
    args = ("build", str(path), str(tmp / "short.txt"), "--db", str(db), "-q")
    run = cli(*args, timeout=timeout)
    return [row(f"long file ({path.stat().st_size / 1e6:.1f} MB) + a short one", args, run,
                store_kept(db) + f", {run.seconds:.0f} s")]


def case_stray_byte(tmp: Path) -> list[Row]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "stray.txt").write_bytes(ARTICLE.encode().replace(b"border", b"bor\xffder"))
    db = tmp / "s.db"
    args = ("build", str(folder), "--db", str(db))
    run = cli(*args)
    kept = store_kept(db)
    if db.exists():
        conn = sqlite3.connect(db)
        text, replaced, enc = conn.execute("SELECT text, replaced_chars, encoding FROM documents").fetchone()
        kept += f"; encoding {enc}, {replaced} replaced, U+FFFD in text: {chr(0xFFFD) in text}"
        conn.close()
    warned = "undecodable bytes" in run.err + run.out
    return [row("stray 0xFF byte in ASCII text", args, run, kept + f"; warned: {warned}")]


def case_short_brief(tmp: Path) -> list[Row]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "brief.txt").write_text(BRIEF, encoding="utf-8")
    db = tmp / "s.db"
    args = ("build", str(folder), "--db", str(db), "-q")
    return [row("two-sentence brief", args, cli(*args), store_kept(db))]


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
    for args in (("timeline", "--db", str(db)), ("build", str(tmp / "a.txt"), "--db", str(db), "-q")):
        run = cli(*args)
        rows.append(row("foreign SQLite file", args, run,
                        "file unchanged" if sha(db) == before else "FILE CHANGED"))
    return rows


def case_non_store(tmp: Path) -> list[Row]:
    db = tmp / "notes.txt"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    before = sha(db)
    rows = []
    for args in (("timeline", "--db", str(db)), ("export", "--db", str(db), "--format", "json")):
        run = cli(*args)
        rows.append(row("file that is not a store", args, run,
                        "file unchanged" if sha(db) == before else "FILE CHANGED"))
    return rows


def case_concurrent(tmp: Path) -> list[Row]:
    folder = tmp / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("1999", str(1990 + i)), encoding="utf-8")
    db = tmp / "new.db"
    args = ("build", str(folder), "--db", str(db), "-q")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "chronica.cli", *args], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    runs = []
    for p in procs:
        out, err = p.communicate(timeout=1800)
        runs.append(Run(p.returncode, out, err, 0.0))
    kept = store_kept(db)
    return [row(f"two builds at once on a new store ({i + 1})", args, r, kept) for i, r in enumerate(runs)]


def _mount(point: Path, size: str) -> bool:
    point.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True, check=False).returncode == 0


def _umount(point: Path) -> None:
    subprocess.run(["umount", str(point)], capture_output=True, check=False)


def case_full_disk(tmp: Path, korea_db: Path | None) -> list[Row]:
    point = tmp / "small"
    if not _mount(point, "400k"):
        return [Row("full disk", "mount -t tmpfs", "not run", "cannot mount a tmpfs here", False, "")]
    rows = []
    try:
        db = point / "s.db"
        args = ("build", str(KOREA), "--db", str(db), "-q")
        run = cli(*args)
        rows.append(row("full disk during build", args, run, store_kept(db)))
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
                left = sorted(p.name for p in point.iterdir() if p.name != "filler")
                rows.append(row(f"full disk during {args[0]}", args, run,
                                f"files left on the full disk: {left or 'none'}"))
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
    for args in (("barometer", "USSR", "DPRK"), ("barometer", "Russia", "North Korea"),
                 ("events", "--actor", "Soviet Union"), ("events", "--actor", "Narnia"),
                 ("barometer", "Narnia", "DPRK")):
        run = cli(*args, "--db", str(korea_db))
        lines = [ln for ln in run.out.splitlines() if ln.strip()]
        rows.append(row("actor name as typed", args, run, f"{len(lines)} lines of output"))
    return rows


def case_bad_options(korea_db: Path | None) -> list[Row]:
    if korea_db is None:
        return []
    rows = []
    for args in (("events", "--type", "BOGUS"), ("events", "--between", "foo", "bar"),
                 ("events", "--between", "1950", "1940-13")):
        rows.append(row("bad option value", args, cli(*args, "--db", str(korea_db)), "nothing written"))
    return rows


def case_version() -> list[Row]:
    run = cli("--version")
    return [Row("--version", "--version", run.code, run.out.strip()[:110], run.traceback, "")]


# -- the table ---------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-mb", type=float, default=1.2)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--long-timeout", type=float, default=1800, help="seconds before the long build is stopped")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="chronica-reliability-") as base:
        base_path = Path(base)

        def fresh(name: str) -> Path:
            path = base_path / name
            path.mkdir()
            return path

        korea_db = None
        if KOREA.is_dir():
            korea_db = fresh("korea") / "korea.db"
            cli("build", str(KOREA), "--db", str(korea_db), "-q")
        cases: list[tuple[str, Callable[[], list[Row]]]] = [
            ("stray", lambda: case_stray_byte(fresh("stray"))),
            ("brief", lambda: case_short_brief(fresh("brief"))),
            ("foreign", lambda: case_foreign_sqlite(fresh("foreign"))),
            ("nonstore", lambda: case_non_store(fresh("nonstore"))),
            ("concurrent", lambda: case_concurrent(fresh("concurrent"))),
            ("disk", lambda: case_full_disk(fresh("disk"), korea_db)),
            ("symlink", lambda: case_symlink_loop(fresh("symlink"))),
            ("missing", lambda: case_missing_path(fresh("missing"))),
            ("names", lambda: case_names(korea_db)),
            ("options", lambda: case_bad_options(korea_db)),
            ("version", case_version),
        ]
        if not args.skip_long:
            cases.insert(0, ("long", lambda: case_long_file(fresh("long"), args.long_mb, args.long_timeout)))
        for _, run_case in cases:
            rows += run_case()
    header = ("case", "command", "exit", "message", "traceback", "kept")
    table = [header] + [(r.case, r.command, str(r.exit), r.message, "yes" if r.traceback else "no", r.kept)
                        for r in rows]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in table[1:]:
        print("| " + " | ".join(c.replace("|", "/") for c in r) + " |")


if __name__ == "__main__":
    main()
