"""The command line loads heavy libraries only when a command needs them: ``--help`` and a
build with nothing new never import spaCy, datasketch (scipy), onnxruntime or the chronicle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "datasketch", "scipy", "onnxruntime", "tokenizers", "chronica.chronicle",
         "chronica.nlp", "chronica.search")

#: a child that runs some code, then prints which of HEAVY it imported
CHILD = r"""
import json, sys, runpy
heavy = json.loads(sys.argv[1])
code = sys.argv[2]
try:
    exec(code)
except SystemExit:
    pass
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


def _imported(code: str, *args: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY), code, *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    return json.loads(proc.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("code", [
    "import chronica.cli",
    "import chronica.build",
    "from chronica.actors.kb import load_kb; load_kb()",  # barometer's actor look-up
    "sys.argv = ['chronica', '--help']; from chronica.cli import main; main()",
    "sys.argv = ['chronica', 'build', '--help']; from chronica.cli import main; main()",
])
def test_light_paths_import_nothing_heavy(code):
    assert _imported(code) == []


def test_a_build_with_nothing_new_imports_nothing_heavy(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Quiet Town\n\nThe council met on Monday and agreed a budget.\n")
    os.utime(corpus / "a.txt", (1e9, 1e9))  # not just written: remembered as read (build.RACY_NS)
    db = tmp_path / "c.db"
    build = (f"sys.argv = ['chronica', 'build', {str(corpus)!r}, '--db', {str(db)!r}, '-q', "
             "'--no-vectors']; from chronica.cli import main; main()")
    first = _imported(build)
    assert "spacy" in first  # the first build parses: the check can see an import
    assert _imported(build) == []


def test_a_build_whose_chronicle_is_behind_still_updates_it(tmp_path):
    """Skipping the chronicle step is only for a chronicle with nothing to do."""
    from chronica.build import BuildOptions, build
    from chronica.store import Store

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Border Talks\n\nOn 3 March 2004 Spain signed a treaty with France.\n")
    os.utime(corpus / "a.txt", (1e9, 1e9))
    with Store(tmp_path / "c.db") as store:
        report = build([corpus], store, BuildOptions(chronicle=False, vectors=False))
        assert report.stored == 1 and not store.chronicle.up_to_date()
        again = build([corpus], store, BuildOptions(vectors=False))
        assert again.unchanged == 1 and again.chronicle is not None
        assert store.chronicle.up_to_date()
        assert build([corpus], store, BuildOptions(vectors=False)).chronicle is None
