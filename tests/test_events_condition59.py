"""A condition still to be met is no happening (chronica.events._modality._unmet_condition): an event in a
clause opened by "until", "unless", "once" or "only when" under a clause yet to come ("will", "would") is
POSSIBLE - "would not sign the treaty until Borduria pulled back" tells no pullback. Under a clause told
as done the same words tell what happened ("the shelling went on until the two sides agreed a truce").
Seen in dev texts of four subjects (a ratification held back, talks refused until security is agreed,
troops kept in place until a force arrives, oil held until a border reopens); the sentences below are
invented."""

from __future__ import annotations

import pytest

from event_cases import by_trigger, show

CASES = [
    # a condition under a clause yet to come: not done
    ("Ruritania said it would not reopen its embassy until Freedonia released the Ruritanian prisoners.",
     "released", "possible"),
    ("Ruritania said it would not reopen its embassy until Freedonia apologised to Ruritania.",
     "apologised", "possible"),
    ("The minister warned that grain exports would resume only when Osterlich lifted its sanctions on Freedonia.",
     "lifted", "possible"),
    ("Freedonia will not return to the talks until Ruritania withdraws its gunboats from the estuary.",
     "withdraws", "possible"),
    ("The president declared that the pipeline would stay shut until Osterlich reopened the border and "
     "held talks with Freedonia.", "held", "possible"),
    # the same words under a clause told as done: it happened
    ("The shelling went on until Ruritania and Freedonia agreed a truce in March 1921.", "agreed", "asserted"),
    ("Only after Osterlich withdrew its envoy in 1933 did Freedonia protest.", "withdrew", "asserted"),
    ("Ruritania kept its garrison on the island until 1931, when Freedonia bought the island from Ruritania.",
     "bought", "asserted"),
]


@pytest.mark.parametrize("text,trigger,modality", CASES, ids=[c[1] + "-" + c[2] for c in CASES])
def test_a_condition_still_to_be_met_is_possible(full, text: str, trigger: str, modality: str) -> None:
    events, everything = by_trigger(full, text, trigger)
    assert events, show(everything)
    assert events[0].modality == modality, [(e.trigger, e.modality) for e in everything]
