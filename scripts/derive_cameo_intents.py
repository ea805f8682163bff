#!/usr/bin/env python3
"""Derive, from the CAMEO -> PLOVER table, the act each CAMEO intent code names.

CAMEO's cue category 03 ("express intent to cooperate") codes an announced act: "express intent
to meet or negotiate" (036), "... to provide material aid" (033), "... to release persons or
property" (0353). PLOVER files them all under AGREE, so "Putin will visit Pyongyang" is an AGREE
while the visit, once made, is a CONSULT. The merge (chronica.chronicle.merge) lets a planned
AGREE of such a code be one happening with the act it names; which act that is comes from here.

The table's own descriptions say it: an intent code's phrase ("meet or negotiate") is matched
against the descriptions of the cooperative acts (the codes outside category 03 whose PLOVER
type is on the cooperation side, quad 1 or 2, other than AGREE itself: "Meet at a 'third'
location", "Engage in negotiation"), word stems weighed by how rare they are among those
descriptions (idf); the best-matching codes must agree on one PLOVER type, else the intent code
names no act ("express intent to cooperate", 030, matches SUPPORT's diplomatic cooperation and
COOPERATE's material one alike). The codebook's own coding of a row, where it differs from the
table's (chronica/events/data/plover_codebook_rows.tsv), wins.

Writes chronica/events/data/cameo_intents.tsv:

    python scripts/derive_cameo_intents.py ../shared/dictionaries
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "chronica" / "events" / "data" / "cameo_intents.tsv"
CODEBOOK = ROOT / "chronica" / "events" / "data" / "plover_codebook_rows.tsv"
TABLE = Path("plover") / "CAMEO2PLOVER-2021.txt"
ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,[^#]*#\s*(.*)$")
INTENT = re.compile(r"^(?:express intent to|agree to)\s+", re.I)
#: words that name no act: the intent phrase's frame and function words
STOP = frozenset("a an the and or of on in to for as such engage bring make".split())
STEM = 5  # a word's first letters: "mediate"/"mediation", "negotiate"/"negotiation"


def read_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, description), the first row of each code."""
    rows: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = ROW.match(line.strip())
        if m and m.group(1) not in rows:
            rows[m.group(1)] = (m.group(2), m.group(3).strip())
    return rows


def read_codebook(path: Path = CODEBOOK) -> dict[str, str]:
    """CAMEO code -> the type the codebook gives it where the table says otherwise."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("cameo\t") or not line.strip():
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[1]
    return out


def stems(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return frozenset(w[:STEM] for w in words if w not in STOP)


def derive(table: dict[str, tuple[str, str]], codebook: dict[str, str],
           cooperative: frozenset[str]) -> list[tuple[str, str, str, str, str]]:
    """(intent code, act code, act type, intent phrase, act description) for each intent code
    whose phrase names one cooperative act type."""
    acts = {c: (codebook.get(c, t), d) for c, (t, d) in table.items()
            if len(c) >= 3 and not c.startswith("03") and codebook.get(c, t) in cooperative}
    act_stems = {c: stems(d) for c, (_, d) in acts.items()}
    df = Counter(s for ss in act_stems.values() for s in ss)
    idf = {s: math.log(len(acts) / n) for s, n in df.items()}
    out = []
    for code, (ptype, desc) in sorted(table.items()):
        if not code.startswith("03") or len(code) < 3 or ptype != "AGREE" or not INTENT.match(desc):
            continue
        phrase = INTENT.sub("", desc)
        want = stems(re.sub(r"\(.*?\)", "", phrase))  # "(such as policy support)" glosses, names no act
        scored = sorted(((sum(idf[s] for s in want & act_stems[c]), c) for c in acts), reverse=True)
        best = scored[0][0] if scored else 0.0
        if best <= 0:
            continue
        top = [c for s, c in scored if math.isclose(s, best)]
        types = {acts[c][0] for c in top}
        if len(types) == 1:
            out.append((code, top[0] if len(top) == 1 else "|".join(sorted(top)), types.pop(), phrase,
                        "; ".join(acts[c][1] for c in sorted(top))))
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from chronica.events.ontology import load_ontology
    onto = load_ontology()
    cooperative = frozenset(c for c, t in onto.types.items()
                            if t.family == "plover" and t.quad in (1, 2) and c != "AGREE")
    rows = derive(read_table(Path(argv[1]) / TABLE), read_codebook(), cooperative)
    lines = ["# _source: derived by scripts/derive_cameo_intents.py from CAMEO2PLOVER-2021.txt "
             "(../shared/dictionaries/plover): the cooperative act each CAMEO intent code (03x) names, "
             "by the table's own descriptions; read by chronica.chronicle.merge (a planned AGREE of the "
             "code may be one happening with that act)",
             "intent\tact_cameo\tact_type\tintent_phrase\tact_description"]
    lines += ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} intent codes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
