"""Rule ``infinitive_tells_its_nouns_act`` (``extract._doer_infinitive``, session 63): an active
to-infinitive qualifying a noun tells what the noun does ("the first Norwegian prime minister to
visit", "the first diplomat to leave"), so the noun - the copula's subject's own office or side -
is never the act's recipient; a passive participle qualifying a noun ("the accord signed by
Norway") keeps its noun as what was acted on. Sentences are invented (invented events and dates)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _show(events):
    return [(e.type, e.trigger, [(p.role, p.state or p.actor_id) for p in e.participants]) for e in events]


NOT_ITS_OWN_RECIPIENT = [  # (text, trigger, the doer's own state, never its recipient)
    ("Vanuatu and Portugal normalised relations in 1995. In May 1999 Joao Pires became the first "
     "Portuguese prime minister to visit since the quarrel.", "visit", "PRT"),
    ("Norway and Portugal quarrelled over fishing rights in 1994. The Norwegian envoy was the first "
     "diplomat to leave.", "leave", "NOR"),
    ("Norway and Portugal quarrelled over fishing rights in 1994. In June 1994 the consul became the "
     "first Portuguese diplomat to leave.", "leave", "PRT"),
    ("Norway and Portugal quarrelled over fishing rights in 1994. In June 1994 Lisbon was the first "
     "Portuguese government to withdraw.", "withdraw", "PRT"),
]


@pytest.mark.parametrize("text,trigger,own", NOT_ITS_OWN_RECIPIENT)
def test_the_noun_of_an_active_infinitive_is_no_recipient(run, text, trigger, own):
    events = run(text)
    for e in events:
        if e.trigger.startswith(trigger):
            assert own not in {p.state or p.actor_id for p in e.participants if p.role == "target"}, _show(events)


STILL_CODED = [  # (text, trigger, source state, target state)
    ("Portugal was the first country to recognise Eritrea, in May 1993.", "recognise", "PRT", "ERI"),
    ("Norway and Portugal quarrelled over fishing rights in 1994. In June 1994 Norway became the first "
     "state to expel a Portuguese diplomat.", "expel", "NOR", "PRT"),
]


@pytest.mark.parametrize("text,trigger,source,target", STILL_CODED)
def test_an_infinitive_with_its_own_object_keeps_it(run, text, trigger, source, target):
    events = [e for e in run(text) if e.trigger.startswith(trigger)]
    assert events, _show(run(text))
    e = events[0]
    assert source in {p.state or p.actor_id for p in e.participants if p.role == "source"}, _show(events)
    assert target in {p.state or p.actor_id for p in e.participants if p.role == "target"}, _show(events)
