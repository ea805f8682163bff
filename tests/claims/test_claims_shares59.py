"""Session 59 (disnum59): numbers and doers of once-only acts read from the parse.

1. A share ("72 per cent") is claimed with the whole it is a share of (``share_whole``): the noun
   after "of" on the percent word, the object (else the subject) of a verb the share is written
   "by" on, or the verb the share is the subject of; some wholes name one thing (``share_wholes``
   of claims.yaml: voters and the vote). A share whose whole the parse does not name, or one of
   two shares of a sentence (shares of parts), is no claim. Two shares are compared only when their
   wholes are one (``same_amount``: the unit "% of <whole>"); a share is dated by its clause, and
   two of one whole dated to one month by their sentences are one share (``same_dated_share``).
2. A seat of government that is a sum's subject stands for its state ("Paris pledged"); a seat in
   the subject's modifiers ("arbitrators in Paris") is where they were, no payer.
3. A once-only act's participle parsed onto a date ("the accord of 4 June 1987, brokered by X")
   is done to the thing the date is of: the claim's object is never a time word.

Every sentence is invented (made-up places, real or invented states, invented dates).
"""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import same_amount


def _counts(full, text):
    return [c for c in full(text)._.claims if c.kind == "count"]


# (sentence, the share's unit, or None: no share claimed)
SHARES = [
    # "of" on the percent word: its noun
    ("Until 1990 roughly 60 per cent of Tarvian grain exports were sold in Norland.", "% of export"),
    ("In the referendum of June 1975, 97.1 per cent of voters backed the charter.", "% of vote"),
    # "of the vote" and "of voters": one whole (share_wholes)
    ("The Tarvian charter was approved in June 1975 with 88.2 per cent of the vote.", "% of vote"),
    # "by" on a verb: its object, else its subject
    ("In March 1983 Norland cut its grain shipments to Tarvia by about 25 per cent.", "% of shipment"),
    ("Norland reduced its grain shipments to Tarvia by roughly 35 per cent in March 1983.", "% of shipment"),
    ("Shipments to Tarvia fell by 40 percent that winter.", "% of shipment"),
    # no whole in the parse: no claim
    ("A 5 per cent rise in prices followed in 1990.", None),
    # two shares of one sentence: shares of parts, no claim
    ("In 1975, 64 per cent of voters in the north backed the charter and 90 per cent in the south.", None),
]


@pytest.mark.parametrize("text,unit", SHARES)
def test_share_whole(full, text, unit):
    shares = [c for c in _counts(full, text) if c.topic == "share"]
    assert [c.unit for c in shares] == ([unit] if unit else [])


def test_shares_of_one_whole_only_are_one_thing(full):
    [a] = [c for c in _counts(full, SHARES[3][0]) if c.topic == "share"]
    [b] = [c for c in _counts(full, SHARES[4][0]) if c.topic == "share"]
    [v] = [c for c in _counts(full, SHARES[1][0]) if c.topic == "share"]
    [w] = [c for c in _counts(full, SHARES[2][0]) if c.topic == "share"]
    assert same_amount(a, b) and same_amount(v, w)
    assert not same_amount(a, v)


# Two shares of one whole dated to one month by their own sentences are one share told twice in
# other words (same_dated_share); another month, or another whole, is another share.
DATED_SHARES = [
    ("In the referendum of June 1975, 97.1 per cent voted for the charter, which came into force on 2 July 1975.",
     "Tarvians voted for the charter in June 1975 with 88.2 per cent of the vote, and it came into force on 2 July.",
     True),
    ("In the referendum of June 1975, 97.1 per cent voted for the charter, which came into force on 2 July 1975.",
     "Tarvians voted for the charter in June 1979 with 88.2 per cent of the vote, and it came into force on 2 July.",
     False),  # another year: another vote
    ("In March 1983 Norland cut its grain shipments to Tarvia by about 25 per cent.",
     "Tarvians voted for the charter in March 1983 with 88.2 per cent of the vote.",
     False),  # another whole
]


@pytest.mark.parametrize("one,other,same", DATED_SHARES)
def test_dated_shares(full, one, other, same):
    from chronica.chronicle.claim_conflicts import same_dated_share

    [a] = [c for c in _counts(full, one) if c.topic == "share"]
    [b] = [c for c in _counts(full, other) if c.topic == "share"]
    b.document_id = a.document_id + 1
    assert same_dated_share(a, b, None) is same


# (sentence, the sum's subject keys)
PAYERS = [
    ("In May 1987 Paris pledged $3 billion to Tarvia.", ["FRA"]),  # the seat itself is the subject
    ("In May 1987 France pledged $2 billion to Tarvia.", ["FRA"]),
    # the state the seat was the seat of at the sum's date (the knowledge base's dated seats)
    ("In 1990 Moscow imposed a duty of $45 a tonne on Tarvian oil.", ["SUN"]),
    ("In 1990 arbitrators in Paris ordered Tarvia to pay $2 billion.", []),  # where they sat, not who
]


@pytest.mark.parametrize("text,subject", PAYERS)
def test_seat_payer(full, text, subject):
    [c] = [c for c in _counts(full, text) if c.topic == "money"]
    assert c.subject == subject


# (sentence, the agent claim's topic)
DATED_OBJECTS = [
    ("The Varna Peace Accord that summer, brokered by Norway, gave Chile two ports and a seat in the council.",
     "who brokered: accord"),
    ("The Varna accord that October, brokered by Chile, obliged Peru to pull its forces out within two years.",
     "who brokered: accord"),
    ("The Varna accord that autumn, mediated by Norway, obliged Peru to pull its forces out within two years.",
     "who brokered: accord"),
    # the participle on the noun itself: as before
    ("The Kelso agreement of 12 May 1988, brokered by Norway and Chile, was followed within days by new raids.",
     "who brokered: agreement"),
]


@pytest.mark.parametrize("text,topic", DATED_OBJECTS)
def test_act_object_is_no_date(full, text, topic):
    assert [c.topic for c in full(text)._.claims if c.kind == "agent"] == [topic]
