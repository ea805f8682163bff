"""How far a reader may trust an exported event: its ``credence``, the share of events like it that a
strict reader judged right.

"Like it" is the two signals that told right from wrong events in a hand-judged sample of the dev
exports (``data/credence.tsv``): the event's tier (:mod:`chronica.chronicle.tier`: of the
``unclear`` ones, 1 of 30 was right; of the ``coded`` ones 17 of 31) and whether two or more
documents state it (coded: 10 of 14 against 7 of 17). The other signals the store keeps (how the type
came, whether the parties are resolved, where the date came from, the extraction confidence)
separated nothing the tier does not already. The credence is the judged share smoothed by one
right and one wrong judgement (Laplace), so a class judged few times stays away from 0 and 1.

Every event keeps its credence in the store's exported records and in the export; the export
leaves out those below a threshold only when asked (``chronica export --min-credence``).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from chronica.chronicle.model import ChronicleEvent
from chronica.chronicle.tier import tier

CREDENCE_FILE = Path(__file__).parent / "data" / "credence.tsv"


@functools.cache
def credence_table() -> dict[tuple[str, int], float]:
    """(tier, 1 or 2 sources) -> the smoothed share judged right."""
    with CREDENCE_FILE.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {(r["tier"], int(r["sources"])): round((int(r["right"]) + 1) / (int(r["judged"]) + 2), 2)
                for r in rows}


def credence(e: ChronicleEvent, event_tier: str | None = None) -> float:
    """The credence of ``e``: of its tier (``event_tier`` when the caller has it) and its support."""
    return credence_table()[(event_tier or tier(e), min(2, len(e.documents) or 1))]
