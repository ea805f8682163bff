"""Who did it to whom, round 41. Rule ``plural_offices_are_the_pairs`` (chronica/actors/agents.py, ``_offices_of_a_pair``): a
plural of an office a state has one holder of ("the foreign ministers", "the prime ministers",
"their governments"), bare but for "the"/"their", as the doers of its clause, is that office of
each state of the pair in context - both are the doers (PLOVER codes co-signers and the parties of
talks both as sources). Our own sentences, of the shape of dev texts iraniraq (talks between the
foreign ministers), chnind (the foreign ministers agreed), senmrt (their governments signed),
slocro (initialled by the prime ministers), argury (an agreement between the foreign ministers)."""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions
from chronica.events.model import SOURCE, TARGET
from event_cases import doer_states, events_of, show, states


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = "2005-01-01") -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


def _find(mentions, text):
    hits = [m for m in mentions if m.text == text]
    assert hits, (text, [(m.text, m.actor_ids) for m in mentions])
    return hits[0]


PAIRS = [  # (text, agent phrase, the pair)
    ("Iran and Iraq fought for eight years. Direct talks between the foreign ministers opened in Vienna "
     "in May 1989.", "foreign ministers", {"IRN", "IRQ"}),
    ("China and India quarrelled over the pass for months. The foreign ministers agreed a four-point plan "
     "in Astana in June 2021.", "foreign ministers", {"CHN", "IND"}),
    ("Senegal and Mauritania share the lake. Their governments signed the agreement to dredge it "
     "together in May 2017.", "governments", {"SEN", "MRT"}),
    ("Slovenia and Croatia argued over the bay. A treaty initialled by the prime ministers in June 2002 "
     "was never ratified.", "prime ministers", {"SVN", "HRV"}),
    ("Argentina and Uruguay disputed the river. An understanding between the foreign ministers in 2003 "
     "did not settle it.", "foreign ministers", {"ARG", "URY"}),
    ("Chad and Sudan broke off relations in 2006. The presidents met in Dakar in March 2008.",
     "presidents", {"TCD", "SDN"}),
]


@pytest.mark.parametrize("text,agent,pair", PAIRS)
def test_plural_offices_are_the_pair(run, text, agent, pair):
    m = _find(run(text), agent)
    assert set(m.actor_ids) == pair, (m.text, m.actor_ids, m.via)
    assert m.via == "collective"


NOT_PAIRS = [  # a modifier says whose they are, or they are no doers, or the office is one of many
    ("Chad and Sudan broke off relations. The presidents of Kenya, Egypt and Zimbabwe attended the "
     "ceremony.", "presidents"),
    ("Chad and Sudan broke off relations. The Arab foreign ministers met in Cairo in May 2008.",
     "foreign ministers"),
    ("Libya, Egypt and Syria planned a federation, but the three states never merged their governments.",
     "governments"),
    ("Chad and Sudan broke off relations. The ministers met in Tripoli in May 2008.", "ministers"),
]


@pytest.mark.parametrize("text,agent", NOT_PAIRS)
def test_offices_owned_or_not_doers_are_no_pair(run, text, agent):
    mentions = run(text)
    hits = [m for m in mentions if m.text.endswith(agent)]
    assert all(set(m.actor_ids) not in ({"TCD", "SDN"}, {"EGY", "SYR"}, {"LBY", "SYR"}, {"LBY", "EGY"})
               for m in hits), [(m.text, m.actor_ids) for m in hits]


EVENTS = [  # (text, trigger, the pair as doers)
    ("Iran and Iraq fought for eight years. Direct talks between the foreign ministers opened in Vienna "
     "in May 1989.", "talks", {"IRN", "IRQ"}),
    ("Senegal and Mauritania share the lake. Their governments signed the agreement to dredge it "
     "together in May 2017.", "signed the agreement", {"SEN", "MRT"}),
    ("China and India quarrelled over the pass for months. The foreign ministers agreed a four-point plan "
     "in Astana in June 2021.", "agreed", {"CHN", "IND"}),
]


@pytest.mark.parametrize("text,trigger,pair", EVENTS)
def test_the_pair_are_the_parties(pipeline, text, trigger, pair):
    """The pair's two states are the act's parties: its doers, or of a joint act its source and its
    recipient (``joint_recipient``: the first written is the source)."""
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    assert pair <= doer_states(events[0]), show(events)
    assert len(pair & states(events[0], SOURCE)) >= 1, show(events)


# --- coordinated_agents_share_their_country (chronica/actors/agents.py, _shared_modifier_states) --
# Our own sentences of the shape of dev texts philmys ("Malaysian police and soldiers"), pakafg
# ("Pakistani soldiers and police"), syrleb ("Syrian jets and tanks").

SHARED = [  # (text, the bare conjunct, its state)
    ("Eight Malaysian police and soldiers were killed in the clashes of March 2013.", "soldiers", "MYS"),
    ("Afghan gunmen fired on Pakistani soldiers and police at the crossing in June 2016.", "police", "PAK"),
    ("Syrian jets and tanks shelled the camps in the north in 1976.", "tanks", "SYR"),
    ("Kenyan troops and police sealed the border in May 2011.", "police", "KEN"),
]


@pytest.mark.parametrize("text,agent,state", SHARED)
def test_a_bare_conjunct_shares_the_country(run, text, agent, state):
    m = _find(run(text), agent)
    assert m.actor_ids == (state,), (m.text, m.actor_ids, m.via)


NOT_SHARED = [  # (text, conjunct, the state it must not take)
    ("Eight Malaysian police and the soldiers of the garrison were hurt in March 2013.", "soldiers", "MYS"),
    ("Pakistani troops and Afghan police met at the crossing in June 2016.", "police", "PAK"),
    ("Kenyan troops and foreign soldiers patrolled the border in 2012.", "soldiers", "KEN"),
    ("Observers expected the inefficient Cuban economy and polity to collapse within a year.", "polity", "CUB"),
]


@pytest.mark.parametrize("text,agent,state", NOT_SHARED)
def test_a_conjunct_with_its_own_word_keeps_it(run, text, agent, state):
    hits = [m for m in run(text) if m.text.endswith(agent)]
    assert all(state not in m.actor_ids for m in hits), [(m.text, m.actor_ids) for m in hits]


def test_pakistani_soldiers_and_police_both_targets(pipeline):
    found = events_of(pipeline, "Afghan gunmen fired on Pakistani soldiers and police at the crossing in June 2016.")
    events = [e for e in found if e.trigger == "fired"]
    assert events and states(events[0], SOURCE) == {"AFG"}, show(found)
    assert "PAK" in states(events[0], TARGET), show(found)
