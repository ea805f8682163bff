#!/usr/bin/env python3
"""Derive, from TimeML gold (TimeBank and AQUAINT, TBAQ-cleaned), the verbs that name a state of
mind rather than a happening.

TimeML gives every EVENT a class. OCCURRENCE, ASPECTUAL, PERCEPTION, REPORTING and I_ACTION name
things that happen ("attacked", "began", "said", "tried"); I_STATE names an intensional state ("want",
"need", "hope", "believe"): an attitude towards a possible event, which does not itself happen.
The verb events of the corpus are counted by lemma (spaCy's, in the sentence's context) and
class; a lemma is written when it is an I_STATE in at least two thirds of at least four verb
instances (the lemmatiser's slips, "hopes" -> "hop", folded as the modality reader folds them). The named check ``a_state_of_mind`` (chronica/events/checks.py) reads the file.

Writes chronica/events/data/timeml_istates.tsv (lemma, I_STATE instances, verb instances):

    python scripts/derive_timeml_states.py ../shared/timeml/TBAQ-cleaned
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from chronica.events._modality import LEMMA_SLIPS
from chronica.events.timeml import read_tml_events
from chronica.nlp import MODEL_PACKAGE

MIN_INSTANCES = 4
MIN_SHARE = 2 / 3
OUT = Path(__file__).resolve().parent.parent / "chronica" / "events" / "data" / "timeml_istates.tsv"


def main(root: str) -> None:
    nlp = spacy.load(MODEL_PACKAGE, disable=["parser", "ner"])
    counts: dict[str, Counter] = defaultdict(Counter)
    seen: set[str] = set()
    for path in sorted(Path(root).rglob("*.tml")):
        tml = read_tml_events(path)  # the TimeML reader the evaluation uses: text, events, their class and pos
        text = tml.text
        events = [(*tml.events[eid], tml.classes[eid]) for eid in tml.events if tml.pos.get(eid) == "VERB"]
        if text in seen:  # TBAQ-cleaned ships a copy of one file in testpipeline/
            continue
        seen.add(text)
        doc = nlp(text)
        for start, end, cls in events:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            lemma = span.root.lemma_.lower()
            lemma = LEMMA_SLIPS.get((lemma, span.root.lower_[:len(lemma) + 1]), lemma)
            counts[lemma][cls] += 1
    rows = []
    for lemma, c in sorted(counts.items()):
        total = sum(c.values())
        if total >= MIN_INSTANCES and c["I_STATE"] / total >= MIN_SHARE:
            rows.append(f"{lemma}\t{c['I_STATE']}\t{total}")
    OUT.write_text("# lemma\tI_STATE verb instances\tverb instances (TBAQ-cleaned; scripts/derive_timeml_states.py)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/timeml/TBAQ-cleaned")
