"""Who signed, round 45. Rule ``a_second_titled_name_is_a_second_doer`` (chronica/events/_actors.py
``conjoined_title_holders``, ``_title_state``; the participant's span in chronica/events/extract.py ``_code``):
"the Greek prime minister A and the Turkish president B signed" - the parser hangs the second title (or the second
name, its title as compounds) on the first name as a conjunct. The second name is a second doer, of the state its
own title names, not the first title's. Our own sentences, of the shape of dev texts grctur (two leaders, each
with a demonym and a title, signed a treaty), ethiopia (a premier and a president of two states signed an
agreement) and chnind (an agreement was signed by one state's ambassador and another's vice foreign minister)."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show

CASES = [  # (text, trigger, {doer's name: its state})
    ("The Gambian president Adama Barrow and the Senegalese president Macky Sall signed a treaty in Dakar.",
     "signed a treaty", {"Adama Barrow": "GMB", "Macky Sall": "SEN"}),
    ("The Ethiopian premier Abiy Ahmed and the Eritrean president Isaias Afwerki signed a peace agreement in July.",
     "signed a peace agreement", {"Abiy Ahmed": "ETH", "Isaias Afwerki": "ERI"}),
    ("The protocol was signed by the Greek ambassador Nikos Papas and the Turkish foreign minister Ali Yilmaz.",
     "signed", {"Nikos Papas": "GRC", "Ali Yilmaz": "TUR"}),
    ("The Indian prime minister Narendra Modi and the Nepali prime minister Pushpa Kamal Dahal opened the bridge.",
     "opened", {"Narendra Modi": "IND", "Pushpa Kamal Dahal": "NPL"}),
]


@pytest.mark.parametrize("text,trigger,doers", CASES)
def test_each_titled_name_is_a_doer_of_its_own_state(pipeline, text, trigger, doers):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    # a joint act: the first written is its source, the other its recipient (``_targets.joint_recipient``)
    got = {p.name: p.state for p in found[0].actors(SOURCE) + found[0].actors(TARGET)}
    for name, state in doers.items():
        assert got.get(name) == state, show(found)


def test_one_title_over_two_names_still_gives_both(pipeline):
    text = "The foreign ministers, Ali Alatas and Jaime Gama, signed the agreements in New York."
    found = [e for e in events_of(pipeline, text) if e.trigger == "signed the agreements"]
    assert found, show(events_of(pipeline, text))
    assert len(found[0].actors(SOURCE) + found[0].actors(TARGET)) == 2, show(found)
