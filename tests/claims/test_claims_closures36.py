"""Who closed a border (session 36, issue 11): a once-only act one side does to the border it shares
with the other, as "broke off relations" is (``once_predicates.close``, ``once_objects.close``,
``bilateral_once``): two sources naming different states, dated within ``bilateral_max_days`` of
each other, disagree (moralg: Algeria / "Rabat also closed the land border"). The form stands in
wires, encyclopedia pages, timelines and features of several dev texts (moralg, ugatan, haidom).

Two parse readings come with it: the doer of "X responded by closing the border" is X (the
subject of the verb the gerund hangs on, ``extract._agent``), and a capitalised sector noun that
names no state ("the Government closed the border") is no doer (the knowledge base's agent nouns).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from chronica.claims.rules import conflict
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _closers(pipeline, text):
    return [(c.subject, c.partner) for c in pipeline(text)._.claims
            if c.kind == "agent" and c.topic == "who closed: border"]


@pytest.mark.parametrize("text, expected", [
    ("On 3 March 1998 Chad closed its border with Sudan.", [(["TCD"], ["SDN"])]),
    ("February 1977 - Tanzania closes its border with Kenya", [(["TZA"], ["KEN"])]),
    ("Two days later, Niger shut the land border in response.", [(["NER"], [])]),
    # the doer of a gerund after "by" is the subject of the verb it hangs on
    ("Mali retaliated on 12 May 2004 by closing the land border.", [(["MLI"], [])]),
    ("Bamako answered by sealing the frontier.", [(["MLI"], [])]),
    # a capitalised sector noun with no state is no doer
    ("After the coup, the Government closed the border for several days.", []),
    # not the act: another object, a negation
    ("Chad closed its embassy in Khartoum in 1998.", []),
    ("Chad did not close its border with Sudan in 1998.", []),
])
def test_who_closed_the_border(pipeline, text, expected):
    assert _closers(pipeline, text) == expected


@pytest.mark.parametrize("a, b, conflicts", [
    ("Mali retaliated on 12 May 2004 by closing the land border.",
     "Niger then recalled its ambassador, and on 12.05.2004 Niamey also closed the land border.", True),
    ("Mali retaliated on 12 May 2004 by closing the land border.",
     "When Bamako shut the land border in May 2004, trade collapsed.", False),  # one state
])
def test_two_states_closing_one_border_disagree(pipeline, a, b, conflicts):
    [ca] = [c for c in pipeline(a)._.claims if c.topic == "who closed: border"]
    [cb] = [c for c in pipeline(b)._.claims if c.topic == "who closed: border"]
    assert bool(conflict(ca, cb)) is conflicts
