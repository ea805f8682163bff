"""One act told by its parties with two dates (``SIM_SAME_ACT_DATE`` in
chronica/chronicle/disagreements.py): two timeline entries of different sources saying the same
act (the ontology's form and a CAMEO code below its family's root) between the same parties,
dated within a year of each other, are one happening dated twice at a looser wording similarity
than two entries that share no act. Invented sentences between invented states and persons."""

from __future__ import annotations

import numpy as np
import pytest

from chronica.chronicle import dates as D
from chronica.chronicle.disagreements import (
    SIM_SAME_ACT_DATE, SIM_SPLIT_DATE, cameo_act, split_date_disagreements,
)
from chronica.chronicle.model import ChronicleEvent
from chronica.events.model import ASSERTED, SOURCE, TARGET, EventMention, Participant

STATES = {"ALD": "Aldoria", "BOR": "Borvia"}


class PairEmbedder:
    """The first sentence given is (1, 0); every other is at cosine ``sim`` from it."""

    def __init__(self, sim: float) -> None:
        self.sim = sim
        self.first: str | None = None

    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for t in texts:
            if self.first is None:
                self.first = t
            out.append([1.0, 0.0] if t == self.first else [self.sim, (1 - self.sim ** 2) ** 0.5])
        return np.asarray(out, dtype=np.float32).reshape(len(texts), 2)


def _party(role: str, key: str) -> Participant:
    if key in STATES:
        return Participant(role=role, text=STATES[key], actor_id=key, name=STATES[key], kind="state", state=key)
    return Participant(role=role, text=key, actor_id=key.lower().replace(" ", "_"), name=key, kind="person",
                       state="ALD")


def _event(n: int, doc: int, text: str, date: str, form: str, cameo: str, source: str, target: str) -> ChronicleEvent:
    span = D.value_interval(date)
    parts = [_party(SOURCE, source), _party(TARGET, target)]
    m = EventMention(
        document_id=doc, sentence_idx=0, sentence=text, sentence_start=0, sentence_end=len(text),
        type="AGREE" if form == "AGREE" else "CONSULT", intensity=0.0, trigger="signed", trigger_start=10,
        trigger_end=16, participants=parts, date=date, precision=D.value_precision(date),
        earliest=span[0].isoformat(), latest=span[1].isoformat(), date_text=text.split(" in ")[-1].rstrip("."),
        date_source="sentence", modality=ASSERTED, summary=text, confidence=0.9, form=form, cameo=cameo)
    return ChronicleEvent(id=f"e{n}", type=m.type, date=date, date_end=None, precision=m.precision,
                          earliest=m.earliest, latest=m.latest, participants=parts, summary=text, intensity=0.0,
                          modality=ASSERTED, confidence=0.9, mentions=[m])


# (case, first entry, second entry, similarity, a date disagreement expected)
# each entry: (sentence, date, form, CAMEO code, doer, recipient)
CASES = [
    ("one treaty, two years a few months apart",
     ("Aldoria signed a fishing treaty with Borvia in June 2031.", "2031-06", "AGREE", "057", "ALD", "BOR"),
     ("The fishing treaty Aldoria signed with Borvia dates from 2032.", "2032", "AGREE", "057", "ALD", "BOR"),
     0.60, True),
    ("one treaty, its parties named the other way round (a symmetric act)",
     ("Aldoria signed a fishing treaty with Borvia in June 2031.", "2031-06", "AGREE", "057", "ALD", "BOR"),
     ("Borvia and Aldoria signed their fishing treaty in 2032.", "2032", "AGREE", "057", "BOR", "ALD"),
     0.60, True),
    ("a visit the other way round is another visit",
     ("Aldoria sent its premier to visit Borvia in June 2031.", "2031-06", "VISIT", "042", "ALD", "BOR"),
     ("Borvia sent its premier to visit Aldoria in 2032.", "2032", "VISIT", "042", "BOR", "ALD"),
     0.60, False),
    ("the same visit by one named person",
     ("Tomas Verel visited Borvia in June 2031.", "2031-06", "VISIT", "042", "Tomas Verel", "BOR"),
     ("Verel went to Borvia in August 2031.", "2031-08", "VISIT", "042", "Tomas Verel", "BOR"),
     0.60, True),
    ("two visits by two persons of one state",
     ("Tomas Verel visited Borvia in June 2031.", "2031-06", "VISIT", "042", "Tomas Verel", "BOR"),
     ("Ilse Marwen went to Borvia in August 2031.", "2031-08", "VISIT", "042", "Ilse Marwen", "BOR"),
     0.60, False),
    ("a CAMEO family's root names no one act",
     ("Aldoria held talks with Borvia in June 2031.", "2031-06", "CONSULT", "040", "ALD", "BOR"),
     ("Aldoria and Borvia talked again in 2032.", "2032", "CONSULT", "040", "ALD", "BOR"),
     0.60, False),
    ("dates more than a year apart",
     ("Aldoria signed a fishing treaty with Borvia in March 2031.", "2031-03", "AGREE", "057", "ALD", "BOR"),
     ("Aldoria signed a fishing treaty with Borvia in September 2032.", "2032-09", "AGREE", "057", "ALD", "BOR"),
     0.60, False),
    ("two days months apart, each written to the day",
     ("Aldoria signed a fishing treaty with Borvia on 3 March 2031.", "2031-03-03", "AGREE", "057", "ALD", "BOR"),
     ("Aldoria signed a fishing treaty with Borvia on 19 June 2031.", "2031-06-19", "AGREE", "057", "ALD", "BOR"),
     0.60, False),
    ("one day of two months: a month slipped",
     ("Aldoria signed a fishing treaty with Borvia on 3 March 2031.", "2031-03-03", "AGREE", "057", "ALD", "BOR"),
     ("Aldoria signed a fishing treaty with Borvia on 3 June 2031.", "2031-06-03", "AGREE", "057", "ALD", "BOR"),
     0.60, True),
    ("worded too far apart even for one act",
     ("Aldoria signed a fishing treaty with Borvia in June 2031.", "2031-06", "AGREE", "057", "ALD", "BOR"),
     ("The fishing treaty Aldoria signed with Borvia dates from 2032.", "2032", "AGREE", "057", "ALD", "BOR"),
     0.45, False),
]


@pytest.mark.parametrize("case,first,second,sim,expected", CASES, ids=[c[0] for c in CASES])
def test_same_act_dated_twice(case: str, first: tuple, second: tuple, sim: float, expected: bool) -> None:
    assert SIM_SAME_ACT_DATE <= sim < SIM_SPLIT_DATE or not expected
    events = [_event(1, 1, *first), _event(2, 2, *second)]
    found = split_date_disagreements(events, PairEmbedder(sim))
    assert bool(found) is expected, case
    if expected:
        (_, claims), = found
        assert {c.value for c in claims} == {first[1], second[1]}


def test_same_act_needs_more_than_a_family_root() -> None:
    assert cameo_act("057") and cameo_act("0874") and cameo_act("042")
    assert not cameo_act("040") and not cameo_act("190") and not cameo_act(None) and not cameo_act("")
