#!/usr/bin/env python3
"""Write ``chronica/events/data/petrarch_target_preps.json``: the prepositions PETRARCH2's CAMEO
verb patterns write right before the target (``+``) of a verb block, where Chronica otherwise reads
that preposition as no recipient's (``chronica.events._targets.NOT_RECIPIENT_PREPS``).

    python scripts/petrarch_target_preps.py ../shared/dictionaries

A pattern such as ``- * AT + [190]  # FIRE`` (block EXPLOSIVE_DESTRUCTION) or ``- * &WEAPON AT +``
says that the one a weapon is fired *at* is the act's target ("fired rockets at X"). Kept: patterns
whose words all follow the verb (none before ``*`` but the source marker ``$``), with no skipped
phrase (``^``) or actor marker between the verb and the preposition and nothing after the target;
the words between the verb and the preposition must be found there at run time (``* BACK AT +``:
"hit back at X"). Only the prepositions of ``PREPS`` are harvested: the dictionary's others before
a target are places ("* IN +", "* NEAR +"), a passive's agent ("* BY +") or a noun's ("* CONCERN
OVER +"), which the parse does not hang on the verb."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_petrarch_verbs import VERBS_FILE, read_lines, word  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "chronica" / "events" / "data" / "petrarch_target_preps.json"
#: the prepositions harvested
PREPS = ("at",)


def harvest(lines: list[str]) -> dict[str, list[list[str]]]:
    """Block name -> the word sequences (the preposition last) that introduce its target."""
    blocks: dict[str, list[list[str]]] = {}
    block = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("---"):
            block = text.strip("- ").split("[")[0].strip()
            continue
        if block is None or not text.startswith("-"):
            continue
        toks = text[1:].split("[")[0].split()
        if "*" not in toks or "+" not in toks:
            continue
        star, plus = toks.index("*"), toks.index("+")
        if any(t != "$" for t in toks[:star]) or plus != len(toks) - 1 or plus < star + 2:
            continue
        between = toks[star + 1:plus]
        prep = between[-1].lower()
        if prep not in PREPS or any(t in ("^", "$", "%", "+") for t in between[:-1]):
            continue
        seq = [t if t.startswith("&") else word(t) for t in between[:-1]] + [prep]
        if seq not in blocks.setdefault(block, []):
            blocks[block].append(seq)
    return blocks


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path("../shared/dictionaries")
    path = folder / "petrarch2" / VERBS_FILE
    if not path.is_file():
        path = folder / VERBS_FILE
    data = {"source": VERBS_FILE, "converted_by": "scripts/petrarch_target_preps.py", "preps": list(PREPS),
            "blocks": harvest(read_lines(path))}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(map(len, data['blocks'].values()))} sequences in {len(data['blocks'])} blocks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
