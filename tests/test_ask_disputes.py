"""Answers the build's disagreements dispute, and places a source need not name again.

- A when- or who-answer one of whose sentences states a side of a disagreement the build found
  about the question's act (a date or a doer two sources give differently: the claims layer's
  disagreements have no event, their sides are sentences) is disputed, with both sides
  (:meth:`chronica.ask.answer.Asker._attach_dispute`).
- The date most sentences read agree with may be coarser than the days some of them write
  ("February": "17 February" and "18 February"): the day most of those agree with answers, and
  another day written by another source disputes it.

End-to-end over a store of the project's own texts, and a case table of the sentences that date
an act; the shapes are those of several dev subjects (relations restored on a day / in a month;
who broke off relations first; a declaration of independence dated to two days; a date that
belongs to another act than the one a time phrase names)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import _dates_the_act


@pytest.mark.parametrize("sentence, lemma, dates_it", [
    # the act's word in a phrase that dates another act by it: the date is the other act's
    # (modelled on "the cutters made their debut on ..., two weeks after the limit came into
    # force", "the talks opened on ..., a month before the treaty was signed", "the ministers
    # met on ..., days after the border was closed")
    ("The patrol boats made their first sortie on 12 March 1975, two weeks after the new zone "
     "came into force.", "come", False),
    ("The talks opened on 3 May 1971, a month before the treaty was signed.", "sign", False),
    ("The ministers met in Lome on 2 September 1994, days after the border was closed.", "close", False),
    # the act dated in its own clause, or stated in other words (the claims layer's reading)
    ("1 March 1975 - the new zone comes into force.", "come", True),
    ("The treaty was signed on 4 June 1971, after a month of talks.", "sign", True),
    ("Togo cut ties with Ghana in 1966.", "break", True),
])
def test_ask_sentence_dates_the_act(sentence, lemma, dates_it):
    assert _dates_the_act(sentence, lemma) is dates_it



TEXTS = {
    "wire.txt": """title: Ghana and Togo mend ties
published: 1972-01-10

Ghana and Togo restored diplomatic relations on 16 May 1971, after five years of rupture.
Ghana broke off diplomatic relations with Togo on 3 March 1966, after the coup in Lome.
Togo declared independence on 27 April 1960.
Colonel Mensah seized power in January 1963 while the president was abroad.
""",
    "encyclopedia.txt": """title: Ghana–Togo relations
published: 1980-03-02

Diplomatic relations were restored in June 1971, when the two governments exchanged ambassadors.
Togo broke off diplomatic relations with Ghana on 3 March 1966, accusing Accra of sheltering exiles.
Togo declared independence in April 1960, and Sylvanus Olympio became its first president.
""",
    "timeline.txt": """title: A Togo timeline
published: 1990-01-01

April 1960 - Togo declares independence.
February 1960 - Togo's assembly votes for the constitution.
""",
    "digest.txt": """title: West Africa digest
published: 1975-05-05

Relations between Ghana and Togo were restored on 16 May 1971 with Nigerian mediation.
Togo declared independence on 28 April 1960 in a ceremony in Lome.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("disputes"), TEXTS) as asker:
        yield asker


def _kinds(asker) -> set[str]:
    return {d.kind for d in asker.chronicle.disagreements}


def test_ask_when_an_answers_sentence_is_a_side_of_a_date_disagreement(asker):
    """The build finds that 16 May and June 1971 date one restoring of relations: the answer
    that reads 16 May is disputed, with the June sentence as the other side."""
    assert "date" in _kinds(asker), asker.chronicle.disagreements
    answer = asker.ask("When did Ghana and Togo restore diplomatic relations?")
    assert answer.verdict == "disputed", answer.text
    labels = " ".join(s.label for s in answer.sides)
    assert "16 May 1971" in labels and "June 1971" in labels, answer.text


def test_ask_when_days_of_a_coarser_majority_dispute(asker):
    """Two sources write April 1960 (the date most readings agree with), one 27 April, one 28
    April: the days dispute each other (the events' own dissent already answers so at
    6ed5982; a guard that the reader's finer day does not settle it)."""
    answer = asker.ask("When did Togo declare independence?")
    assert answer.verdict == "disputed", answer.text
    assert {"1960-04-27", "1960-04-28"} <= {c.date for c in answer.citations}, answer.text


def test_ask_who_a_disagreement_on_the_doer(asker):
    """One source says Ghana broke off relations, another Togo: the build's disagreement on who
    did it disputes the answer."""
    assert "who" in _kinds(asker), asker.chronicle.disagreements
    answer = asker.ask("Which country broke off diplomatic relations in 1966?")
    assert answer.verdict == "disputed", answer.text
    assert len({c.document for c in answer.citations}) >= 2, answer.text


def test_ask_when_no_disagreement_stays_answered(asker):
    """A date no source writes otherwise is answered, not disputed."""
    answer = asker.ask("When did Ghana break off diplomatic relations with Togo?")
    assert answer.verdict == "answered", answer.text
    assert answer.values[0] == "1966-03-03", answer.text
