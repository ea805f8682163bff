"""Relations cut are a SANCTION of someone (PLOVER, SANCTION: "Requires recipient: Yes").

"cut (off) relations" is a REDUCE trigger as "sever relations" is (PETRARCH2: "CUT * DIPLOMATIC
RELATIONS [161]"); with no one named, relations are cut with the other of the document's two main
states (``_targets.relations_partner``), as a border is closed on the state on its other side."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.mark.parametrize("text, doer, partner", [
    # the recipient named
    ("Portugal cut diplomatic relations with neighbouring Spain on Tuesday.", "Portugal", "Spain"),
    # none named: the other of the document's pair, named just before
    ("Denmark closed the Norwegian consulates in Aarhus in 1950. On 6 September 1951 Norway broke off "
     "diplomatic relations.", "Norway", "Denmark"),
    ("Malawi expelled Zambian traders in April 1982. Lusaka cut off relations in August 1982.", "Zambia", "Malawi"),
])
def test_relations_cut_are_reduced_with_someone(nlp, text, doer, partner):
    events = [e for e in extract_events(nlp(text)) if e.type == "SANCTION" and e.mode == "discontinue"]
    assert len(events) == 1, [(e.type, e.mode, e.summary) for e in extract_events(nlp(text))]
    [e] = events
    sources = [p.name for p in e.actors("source")]
    targets = [p.name for p in e.actors("target")]
    assert doer in sources[0] and targets == [partner], (sources, targets)


@pytest.mark.parametrize("text", [
    # no object: a state that splits cuts no one's relations
    "Austria and Czechoslovakia built a dam on the Danube. Czechoslovakia split in 1993.",
    # the document's pair does not hold the doer
    "Ghana and Togo signed a border treaty in 1980. Toyota cut off relations with its dealers in 1982.",
])
def test_no_partner_from_the_pair_when_the_act_is_no_relations_cut_between_them(nlp, text):
    events = [e for e in extract_events(nlp(text)) if e.type == "SANCTION"]
    assert not any({p.name for p in e.actors("target")} & {"Ghana", "Togo", "Austria"} for e in events), \
        [(e.summary) for e in events]
