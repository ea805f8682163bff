"""A 50 MB text: read, cleaned and cut into parse-sized segments with memory bounded well below
the 1.5 GB the reliability issue allows for the whole build.

The full build of the same text (parsing 2,500 segments, ~40 CPU-minutes) is too long for the
suite; it is measured with ``benchmarks/long_text.py`` (peak RSS of the whole process tree) and
its figure is quoted in the issue note. Here the parts that scale with the *document* are run on
the full 50 MB: decoding, cleaning, offsets and segmentation. Parsing memory is bounded per batch
of segments (``chronica.nlp.BATCH_CHARS``), whatever the document's size.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("long_text", ROOT / "benchmarks" / "long_text.py")
long_text = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(long_text)

#: what the child process may use to read and segment the 50 MB text (MB). Measured 514 MB on
#: 2026-11-30 (it was 1,022 MB while every paragraph kept its list of words).
LOAD_LIMIT_MB = 800

_CHILD = """
import json, sys
from pathlib import Path
from chronica.ingest import load
from chronica.nlp import SEGMENT_CHARS, segment_bounds
docs, errors = load(Path(sys.argv[1]), max_bytes=60_000_000)
[doc] = docs
bounds = segment_bounds(doc.text)
print(json.dumps({
    "chars": len(doc.text), "errors": [str(e) for e in errors], "title": doc.title,
    "segments": len(bounds), "longest": max(e - s for s, e in bounds), "limit": SEGMENT_CHARS,
    "covered": bounds[0][0] == 0 and bounds[-1][1] == len(doc.text)
               and all(a[1] == b[0] for a, b in zip(bounds, bounds[1:])),
    "last_words": doc.text.rstrip()[-60:],
    # VmHWM, not ru_maxrss: ru_maxrss keeps the high-water mark of the forking (pytest) process
    # across exec, so it would report the parent's size
    "peak_mb": next(int(line.split()[1]) for line in open("/proc/self/status")
                    if line.startswith("VmHWM:")) / 1024,
}))
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("long") / "book.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("title: A generated history\n\n")
        for para in long_text.generate(50.0, seed=3):
            fh.write(para)
    assert path.stat().st_size >= 50_000_000
    return path


def test_long_document_50mb_is_read_whole_and_segmented_in_bounded_memory(book):
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(book)], capture_output=True, text=True,
                          cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    raw = book.read_text(encoding="utf-8")
    assert got["errors"] == [] and got["title"] == "A generated history"
    assert got["chars"] > 49_000_000  # the body whole: only the header line is taken off
    assert raw.rstrip().endswith(got["last_words"])
    assert got["covered"] and got["longest"] <= got["limit"]
    assert got["segments"] >= got["chars"] // got["limit"]
    assert got["peak_mb"] < LOAD_LIMIT_MB, f"reading the 50 MB text peaked at {got['peak_mb']:.0f} MB"
