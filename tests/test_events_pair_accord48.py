"""An agreement or talks told with no party, in a text about a pair of states, is the pair's
(``_recall.pair_accord``, rule 3 of :mod:`chronica.events._recall`): both states are its doers, as
PLOVER codes a reciprocal act ("all of the entities are considered as the actor"), unless its
sentence names an actor outside the pair. Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronica.events import extract_events

PAIR = "Ghana and Togo quarrelled over the lake for years. "


def _accords(nlp, text):
    sent = text[len(PAIR):] if text.startswith(PAIR) else text
    return [e for e in extract_events(nlp(text)) if e.type in ("SUPPORT", "AGREE", "CONSULT")
            and sent[:12] in e.sentence]


@pytest.mark.parametrize("text", [
    PAIR + "A border treaty came in 1962.",
    PAIR + "The accord concluded on 2 March 1971 created a river commission.",
    # modifiers of the pair's own states name no one else
    PAIR + "A treaty of 1908 drew the line along the Ghanaian shore and left the lake to Togo.",
    # the place the talks were held in is no party
    PAIR + "Negotiations began in Accra in April 1983.",
])
def test_an_accord_told_with_no_party_is_the_pairs(full, text):
    events = _accords(full, text)
    assert len(events) == 1, [(e.type, e.summary) for e in extract_events(full(text))]
    [e] = events
    # the pair's joint act: one is its source, the other its recipient (``_targets.joint_recipient``)
    assert sorted(p.name for p in e.actors("source") + e.actors("target")) == ["Ghana", "Togo"], e.participants
    assert len(e.actors("source")) == 1


@pytest.mark.parametrize("text, parties", [
    # a third state named in the sentence: the pair may not be the parties
    (PAIR + "Under British pressure a border treaty came in 1962.", []),
    # no pair told before the accord
    ("A border treaty came in 1962.", []),
    # an accord named by its proper name: left to the sources that name its parties
    (PAIR + "The Accra agreement came into force in 1962.", []),
    # the parties named: they, not the pair
    (PAIR + "A treaty of 1908, signed by the Germans and the French, drew the line.", ["France", "Germany"]),
])
def test_no_pair_where_the_sentence_names_another_or_no_pair_is_told(full, text, parties):
    for e in _accords(full, text):
        assert sorted(p.name for p in e.actors("source") + e.actors("target")) == parties, e.participants
