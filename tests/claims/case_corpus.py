"""The disagreement case corpus (tests/fixtures/disagreements/cases.yaml) run end to end: each
case's two texts built into a store of their own, its disagreements read back and judged.

Run alone to print the table: ``python tests/claims/case_corpus.py [CASE_ID... | --added TAG |
--not-added TAG]`` (``--added unseen-17``: only the cases written as round 17's unseen half).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "disagreements" / "cases.yaml"
if __name__ == "__main__":  # run as a script: this worktree's chronica, not an installed one
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


@dataclass
class Outcome:
    id: str
    expect: str  # conflict / compatible
    kind: str | None
    reported: list[tuple[str, str]] = field(default_factory=list)  # (kind, topic) of each disagreement

    @property
    def found(self) -> bool:
        """An expected conflict reported with its kind."""
        return self.expect == "conflict" and any(k == self.kind for k, _ in self.reported)

    @property
    def false(self) -> int:
        """Disagreements reported that are not the expected one."""
        if self.expect == "compatible":
            return len(self.reported)
        return sum(1 for k, _ in self.reported if k != self.kind) + max(0, sum(1 for k, _ in self.reported if k == self.kind) - 1)


def load_cases(path: Path = CASES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


def run_case(case: dict) -> Outcome:
    from chronica.build import build
    from chronica.chronicle.persist import load_chronicle
    from chronica.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "a.txt").write_text(case["a"], encoding="utf-8")
        (corpus / "b.txt").write_text(case["b"], encoding="utf-8")
        with Store(Path(tmp) / "case.db") as store:
            build([corpus], store)
            chronicle = load_chronicle(store)
    return Outcome(case["id"], case["expect"], case.get("kind"),
                   [(d.kind, d.topic) for d in chronicle.disagreements])


def score(outcomes: list[Outcome]) -> tuple[int, int, int, int]:
    """(conflicts found, conflicts expected, disagreements reported that are right, reported)."""
    expected = sum(1 for o in outcomes if o.expect == "conflict")
    found = sum(1 for o in outcomes if o.found)
    reported = sum(len(o.reported) for o in outcomes)
    return found, expected, reported - sum(o.false for o in outcomes), reported


def select(cases: list[dict], args: list[str]) -> list[dict]:
    """The cases named by ``args``: ids, or ``--added TAG`` / ``--not-added TAG`` (by the cases'
    ``added`` field), or every case."""
    if len(args) == 2 and args[0] == "--added":
        return [c for c in cases if c.get("added") == args[1]]
    if len(args) == 2 and args[0] == "--not-added":
        return [c for c in cases if c.get("added") != args[1]]
    return [c for c in cases if not args or c["id"] in args]


def main(args: list[str]) -> None:
    outcomes = [run_case(c) for c in select(load_cases(), args)]
    for o in outcomes:
        mark = "ok " if (o.found or o.expect == "compatible") and not o.false else "BAD"
        print(f"{mark} {o.id:40} expect {o.expect:10} {o.kind or '':10} got {o.reported}")
    found, expected, right, reported = score(outcomes)
    print(f"recall {found}/{expected}  precision {right}/{reported}")


if __name__ == "__main__":
    main(sys.argv[1:])
