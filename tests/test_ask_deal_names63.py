"""A deal named in a question (session 63, issue 14: questions naming a deal by its name).

- :func:`chronica.ask.question._deal_lemmas`: the lemmatizer leaves a proper noun as written, so a
  deal's name in the plural ("the Kestrel Accords") kept "Accords", which no deal noun of the
  events stage's lexicon matches: the name was taken for a party and "signed" coded no act. The
  plural is lemmatised to its singular, and the question reads as the singular one does.
- :func:`chronica.ask.question._thing_dates`: a date before the noun of the deal a when- or
  did-question's act is done to names the deal ("abrogate the 3 June 1971 agreement"); it is no
  time span of the act, which may lie years after. A date of an act of the deal's own type ("sign
  the 1971 treaty"), of an event taken part in, or standing apart from the noun stays the span.

Every name, deal and date below is invented."""

from __future__ import annotations

import datetime

import pytest

from chronica.ask.question import parse


def _span(text: str):
    return parse(text).span


# (a question naming a deal in the plural, the same question in the singular)
PLURALS = [
    ("Who signed the Kestrel Accords for Zambia?", "Who signed the Kestrel Accord for Zambia?"),
    ("When were the Alder Bay Agreements signed?", "When was the Alder Bay Agreement signed?"),
    ("When did Malawi sign the Lindi Protocols?", "When did Malawi sign the Lindi Protocol?"),
]


@pytest.mark.parametrize("plural, singular", PLURALS)
def test_plural_deal_reads_as_singular(plural, singular):
    p, s = parse(plural), parse(singular)
    assert p.types == s.types and p.types, (p.types, s.types)
    assert sorted(a.actor_id or a.text for a in p.actors) == sorted(a.actor_id or a.text for a in s.actors)
    assert not any("accord" in a.text.lower() or "agreement" in a.text.lower() or "protocol" in a.text.lower()
                   for a in p.actors), p.actors


def test_plural_name_of_a_state_stays():
    """A state's name in the plural is no deal: it stays the act's party."""
    q = parse("When did the Comoros sign the fisheries treaty?")
    assert "COM" in {a.actor_id for a in q.actors}, q.actors


Y1971 = (datetime.date(1971, 1, 1), datetime.date(1971, 12, 31))
Y1974 = (datetime.date(1974, 1, 1), datetime.date(1974, 12, 31))


@pytest.mark.parametrize("question, span", [
    # the date names the deal the act is done to: no span
    ("When did Zambia abrogate the 3 June 1971 agreement?", None),
    ("When did Malawi abrogate the 1971 border agreement?", None),
    ("Did Zambia abrogate the 1971 border agreement?", None),
    # the act is of the deal's own type: the date is the act's
    ("When did Zambia sign the 1971 border agreement?", Y1971),
    # a date apart from the deal's noun dates the act
    ("When did Zambia abrogate the border agreement in 1974?", Y1974),
    # a what-question asks what the deal says: its date finds it
    ("What did the 1971 border agreement provide?", Y1971),
    # a date before an event's noun: the event taken part in
    ("Did Zambian troops take part in the 1971 invasion of Malawi?", Y1971),
])
def test_thing_dates(question, span):
    assert _span(question) == span
