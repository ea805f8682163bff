"""End to end on the shared dev pages (skipped without ../shared): the disagreements the claims
layer finds there, scored by the shared scorer's own rule (a disagreement is found when one
exported disagreement holds claims citing two gold claims of different value)."""

from __future__ import annotations

import json
import sys

import pytest
import yaml
from typer.testing import CliRunner

from chronica.cli import app

runner = CliRunner()


def _export(shared, tmp_path, name):
    db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.json"
    assert runner.invoke(app, ["build", str(shared / "eval" / "dev" / name), "--db", str(db), "-q"]).exit_code in (0, 3)
    assert runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(db)]).exit_code == 0
    return out


def _score(shared, out, gold) -> dict:
    """The shared scorer's measures (``score.py --json``) for one export."""
    import contextlib
    import io

    sys.path.insert(0, str(shared / "eval"))
    import score

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        score.main(["score.py", str(out), str(gold), "--json"])
    return json.loads(buf.getvalue())


@pytest.mark.parametrize("name, found_at_least, kinds", [
    ("falklands", 2, {"number", "who"}),
    ("georgia", 1, {"who"}),
])
def test_dev_disagreements_found_and_all_real(shared, tmp_path, name, found_at_least, kinds):
    out = _export(shared, tmp_path, name)
    gold = shared / "eval" / "dev" / f"{name}_gold.yaml"
    result = _score(shared, out, gold)
    found, total = result["disagreements_found"]
    assert found >= found_at_least
    data = json.loads(out.read_text(encoding="utf-8"))
    assert kinds <= {d["kind"] for d in data["disagreements"]}
    # every exported disagreement is one of the gold's (none invented) on these pages
    assert result["disagreements_exported"][0] == found
    assert all(d["reason"] for d in data["disagreements"])
    assert yaml.safe_load(gold.read_text(encoding="utf-8"))["disagreements"]
