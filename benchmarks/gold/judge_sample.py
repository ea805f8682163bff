"""Draw exported events for blind judging, and score the judges' verdicts.

    python benchmarks/gold/judge_sample.py sample SEED N PREFIX BEFORE AFTER SUBJECT...
    python benchmarks/gold/judge_sample.py score PREFIX.key.json PREFIX.verdicts.jsonl

``sample`` draws N events per version from the subjects' exports (SUBJECT.json in each folder; the same
folder twice draws 2N of one version), shuffles them together and writes PREFIX.sheet.md — what a judge reads,
with no version — and PREFIX.key.json (item -> version, subject, event id). ``score`` reads one JSON line per
item, ``{"item": 1, "right": false, "failure": "type"}``, and prints right/judged and the first failures per
version."""

from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path


def sample(seed: int, n: int, prefix: str, before: Path, after: Path, subjects: list[str]) -> int:
    rng = random.Random(seed)
    versions = [("before", before), ("after", after)] if before != after else [("after", after)]
    per_version = n if before != after else 2 * n
    items = []
    for label, folder in versions:
        pool = []
        for subject in subjects:
            export = json.loads((folder / f"{subject}.json").read_text())
            docs = {doc["id"]: doc for doc in export["documents"]}
            pool.extend((subject, event, docs) for event in export["events"])
        items.extend((label, *drawn) for drawn in rng.sample(pool, min(per_version, len(pool))))
    rng.shuffle(items)
    key, sheet = {}, []
    for i, (label, subject, event, docs) in enumerate(items, 1):
        key[i] = {"version": label, "subject": subject, "event": event["id"]}
        actors = "; ".join(f"{a.get('role')}: {a.get('name')} ({a.get('id')})" for a in event.get("actors", []))
        span = f" to {event['date_end']}" if event.get("date_end") else ""
        sheet += [
            f"## item {i} (subject folder: {subject})",
            f"- type: {event.get('type')}; mode: {(event.get('plover') or {}).get('mode')}; CAMEO: {event.get('cameo')}",
            f"- actors: {actors or 'none'}",
            f"- date: {event.get('date')}{span} (precision {event.get('precision')})",
            f"- modality: {event.get('modality')}",
            f"- summary: {event.get('summary')}",
            "- cited sentences:",
        ]
        for mention in event.get("mentions", [])[:4]:
            doc = docs.get(mention["document"], {})
            name = doc.get("file") or doc.get("path") or doc.get("title") or mention["document"]
            sheet.append(f"  - [{name}; published {doc.get('published')}] {mention.get('sentence')}")
        sheet.append("")
    Path(f"{prefix}.sheet.md").write_text("\n".join(sheet) + "\n")
    Path(f"{prefix}.key.json").write_text(json.dumps(key, indent=1))
    return len(items)


def score(key_path: Path, verdicts_path: Path) -> dict[str, tuple[int, int, collections.Counter]]:
    key = json.loads(key_path.read_text())
    right: collections.Counter = collections.Counter()
    judged: collections.Counter = collections.Counter()
    failures: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in verdicts_path.read_text().splitlines():
        if not line.strip():
            continue
        verdict = json.loads(line)
        version = key[str(verdict["item"])]["version"]
        judged[version] += 1
        if verdict["right"]:
            right[version] += 1
        else:
            failures[version][verdict.get("failure", "other")] += 1
    return {v: (right[v], judged[v], failures[v]) for v in ("before", "after") if judged[v]}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["sample"] and len(args) >= 7:
        seed, n, prefix, before, after, *subjects = args[1:]
        print(sample(int(seed), int(n), prefix, Path(before), Path(after), subjects), "items")
        return 0
    if args[:1] == ["score"] and len(args) == 3:
        for version, (hits, of, fails) in score(Path(args[1]), Path(args[2])).items():
            print(f"{version}: {hits}/{of} right; first failures: {dict(fails.most_common())}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
