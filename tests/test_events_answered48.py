"""A rejection or a protest told with no recipient answers the act its sentence tells: the doer of
that act is its recipient (``_targets.answered_doer``, step 10 of :mod:`chronica.events._targets`).

PLOVER REJECT is the rejection of "a proposal, demand, ..." and ACCUSE disapprove covers
"diplomatic protests": both are said to someone. "Britain protested" alone misses that party; when
the sentence tells what was protested - in the answer's relative clause, or in a clause it follows
- the one who did it is the one protested against. Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronica.events import extract_events

ANSWERS = ("REJECT", "ACCUSE")


def _answers(nlp, text):
    return [e for e in extract_events(nlp(text)) if e.type in ANSWERS]


@pytest.mark.parametrize("text, doer, recipient", [
    # the relative clause of the act's object ("a project ..."), the act its verb's
    ("In 1994 Ghana built a new road along the border, a project Togo rejected.", "Togo", "Ghana"),
    # "which" over the whole clause, hung by the parser on its last noun
    ("In 2003 Mali moved troops into the valley, which Niger condemned.", "Niger", "Mali"),
    # the noun the relative clause qualifies says whose it is
    ("The Fijian plan, which Tonga rejected, was never put to a vote.", "Tonga", "Fiji"),
    # a clause coordinated after the act
    ("Malawi built a dam on the river in 1976, and Zambia protested.", "Zambia", "Malawi"),
    ("Gabonese soldiers crossed into the valley in May, and Cameroon protested at once.", "Cameroon", "Gabon"),
    # a semicolon: the parser makes the act a clause of the answer, before its subject
    ("Namibia seized the island in 1977; Botswana protested.", "Botswana", "Namibia"),
    ("Nepal proposed a joint survey of the river in 1950; Bhutan refused.", "Bhutan", "Nepal"),
])
def test_the_doer_of_the_act_answered_is_the_recipient(full, text, doer, recipient):
    events = _answers(full, text)
    assert len(events) == 1, [(e.type, e.summary) for e in extract_events(full(text))]
    [e] = events
    sources = [p.name for p in e.actors("source")]
    targets = [p.name for p in e.actors("target")]
    assert sources == [doer] and len(targets) == 1 and recipient in targets[0], (sources, targets)


@pytest.mark.parametrize("text", [
    # two stances on one thing: the first is no act the second answers
    "Mali accepted the ruling, but Niger rejected it.",
    # the act answered has no actor for a doer
    "Investigators said a mine had sunk the ferry, a finding Togo rejected.",
    # the doer answers its own act
    "Ghana accepted the award in May, and in June Ghana rejected it.",
    # the answer rejects a thing of its own, named as its object
    "Malawi built a dam on the river, and Zambia rejected the report of the commission.",
])
def test_no_recipient_where_no_other_doers_act_is_answered(full, text):
    for e in _answers(full, text):
        assert not [p for p in e.actors("target") if p.state or p.actor_id], \
            (e.summary, [(p.role, p.name) for p in e.participants])
