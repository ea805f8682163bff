"""Which way a bare weekday points (previous or next), decided by the verb it belongs to: case
tables on sentences written for the tests. The document date is Wednesday 2024-07-24, so the
previous Monday is 07-22 and the next one 07-29."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.direction import RULES, weekday_direction
from chronica.time.tagger import _clause_start

DCT = "2024-07-24"  # a Wednesday


def _value(sentence: str, expression: str) -> str:
    for tx in tag(sentence, DCT):
        if tx.text == expression:
            return tx.value
    raise AssertionError(f"{expression!r} not tagged in {sentence!r}")


def _rule(sentence: str, expression: str) -> str | None:
    start = sentence.index(expression)
    ruled = weekday_direction(sentence, _clause_start(sentence, start), start, start + len(expression))
    return ruled.rule if ruled is not None else None


# (sentence, weekday, value, the direction rule that decides it; None: the nearest tense cue)
CASES = [
    # future auxiliaries and plans: the next one (the nearest tense cue)
    ("The council will meet Monday to set the budget.", "Monday", "2024-07-29", None),
    ("Parliament is expected to vote Tuesday on the fishing bill.", "Tuesday", "2024-07-30", None),
    ("The minister is to visit the flooded towns on Friday.", "Friday", "2024-07-26", None),
    ("The dockers' union plans to strike Saturday over pay.", "Saturday", "2024-07-27", None),
    ("Delegates shall convene Monday in the old assembly hall.", "Monday", "2024-07-29", None),
    # an -ed word after a determiner is an adjective, not the past tense of the clause
    ("Doctors will operate on the wounded soldier Monday.", "Monday", "2024-07-29", None),
    ("The board will present its revised budget Tuesday.", "Tuesday", "2024-07-30", None),
    ("Engineers are to inspect a damaged pylon on Saturday.", "Saturday", "2024-07-27", None),
    # past tense: the previous one
    ("The mayor said Monday that the bridge was safe.", "Monday", "2024-07-22", None),
    ("The two foreign ministers met on Friday in Vienna.", "Friday", "2024-07-19", None),
    ("Rescuers found the missing climbers Tuesday after a long search.", "Tuesday", "2024-07-23", None),
    # no verb evidence: the previous one, as before
    ("Heavy rain Monday across the northern valley.", "Monday", "2024-07-22", None),
    # 4. present progressive: an arrangement for the next one
    ("The foreign ministers are meeting Monday in Oslo.", "Monday", "2024-07-29", "present_progressive"),
    ("The cathedral choir is performing on Saturday for the first time.", "Saturday", "2024-07-27", "present_progressive"),
    ("She's flying to Lagos on Tuesday for the trade summit.", "Tuesday", "2024-07-30", "present_progressive"),
    ("The ministry is saying the ferry capsized Monday near the cape.", "Monday", "2024-07-22", None),
    # 3. a past form that points forward
    ("Farmers planned a tractor convoy into the capital on Saturday.", "Saturday", "2024-07-27", "forward_verb"),
    ("The court postponed until Tuesday its ruling on the merger.", "Tuesday", "2024-07-30", "forward_verb"),
    ("Organisers rescheduled the cup final for Friday because of the storm.", "Friday", "2024-07-26", "forward_verb"),
    ("The ferry left the harbour as planned Monday.", "Monday", "2024-07-22", None),
    # ... the weekday closes a subject whose own past verb follows: what became of the plan is past
    ("A memorial planned for Saturday attracted thousands of mourners.", "Saturday", "2024-07-20", "forward_verb"),
    ("A street parade planned for Tuesday was called off by the police.", "Tuesday", "2024-07-23", "forward_verb"),
    ("The poetry reading scheduled for Monday was attended by a small crowd.", "Monday", "2024-07-22", "forward_verb"),
    # 1. pluperfect: the plan lies in the past
    ("The union had planned a walkout for Friday, but talks resumed.", "Friday", "2024-07-19", "pluperfect"),
    ("The miners had scheduled a rally on Saturday before the flood.", "Saturday", "2024-07-20", "pluperfect"),
    ("Officials had postponed the hearing until Monday.", "Monday", "2024-07-22", "pluperfect"),
    # 2. an earliest time is still to come
    ("The first aid lorries could cross as soon as Tuesday, officials said.", "Tuesday", "2024-07-30", "earliest_time"),
    ("Investors hoped to buy as soon as the market opened Friday.", "Friday", "2024-07-26", "earliest_time"),
    ("The repaired bridge reopens no earlier than Saturday.", "Saturday", "2024-07-27", "earliest_time"),
]


@pytest.mark.parametrize(("sentence", "weekday", "value", "rule"), CASES)
def test_weekday_direction(sentence: str, weekday: str, value: str, rule: str | None) -> None:
    assert _value(sentence, weekday) == value
    assert _rule(sentence, weekday) == rule


def test_explicit_modifiers_win_over_the_rules() -> None:
    """"last"/"next" are read before any direction rule."""
    assert _value("Farmers planned a convoy for next Saturday.", "next Saturday") == "2024-07-27"
    assert _value("The choir is performing what it sang last Saturday.", "last Saturday") == "2024-07-20"


def test_every_rule_is_named_and_documented() -> None:
    assert list(RULES) == ["pluperfect", "earliest_time", "forward_verb", "present_progressive"]
    for name, rule in RULES.items():
        assert rule.__doc__ and '"' in rule.__doc__, name  # each gives the case it exists for
