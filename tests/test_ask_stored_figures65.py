"""Session 65: a what-question that asks a figure ("how many", "how much", "how large a loan",
"what share", "what sum", "what was the vote") is answered disputed from a figure disagreement the
build stored (:meth:`Asker._stored_figures`: kinds number, duration, attribute) when one side's
sentence states the question and sentences of two sides are among those search finds for it;
a "what" noun must name the dispute's measure (a sum answers "what compensation", never "what
share"), and a dispute of one of the claims layer's measures ("how many dead") answers only a
question holding one of its words. Invented events between real states, invented dates."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import _asks_measure, _names_measure, asked_figure
from chronica.ask.question import parse_plain


@pytest.mark.parametrize("question, how, noun", [
    ("How many Chilean sailors did Iceland detain in 2041?", True, None),
    ("How much did Chile agree to pay for the fish in 2041?", True, None),
    ("How large a loan did Iceland promise Chile in May 2041?", True, None),
    ("What share of the catch did the 2041 accord give Chile?", False, "share"),
    ("What sum did the court order Iceland to pay Chile?", False, "sum"),
    ("What was the vote of the judges in the trawler case?", False, "vote"),
    ("What ship did the Chilean navy seize in 2041?", False, "ship"),
    # no figure asked at all
    ("What did Iceland do after the seizure?", False, None),
    ("How often did the two navies meet?", False, None),
])
def test_asked_figure(question, how, noun):
    doc = parse_plain([question])[0]
    got_how, got_noun = asked_figure(doc)
    assert got_how is how
    assert (got_noun.lemma_.lower() if got_noun is not None else None) == noun


@pytest.mark.parametrize("noun_of, topic, money, expected", [
    ("What share of the catch went to Chile?", "what share: of the catch went to Chile", False, True),
    ("What was the vote of the judges?", "how many votes for: votes", False, True),
    # a sum answers a "what compensation" question, on the second pass only
    ("What compensation did Iceland pay?", "how much money (USD): Iceland paid", False, False),
    ("What compensation did Iceland pay?", "how much money (USD): Iceland paid", True, True),
    # a share is never a sum
    ("What share of the catch went to Chile?", "how much money (USD): the catch", True, False),
    ("What ship did the navy seize?", "how many captured: sailors", False, False),
])
def test_names_measure(noun_of, topic, money, expected):
    _, noun = asked_figure(parse_plain([noun_of])[0])
    assert _names_measure(noun, topic, money) is expected


@pytest.mark.parametrize("question, topic, expected", [
    # the dispute's measure is one of the claims layer's: the question must hold its words
    ("How many Chilean sailors did Iceland take prisoner?", "how many captured: Chilean sailors", True),
    ("How many Chilean sailors did Iceland take prisoner?", "how many dead: Chilean sailors", False),
    ("How many Chilean sailors were killed in the clash?", "how many dead: Chilean sailors", True),
    ("How many Icelandic troops landed at Punta Fria?", "how many troops: Icelandic soldiers", True),
    # a topic of no such measure asks nothing more
    ("What share of the catch went to Chile?", "what share: of the catch", True),
])
def test_asks_measure(question, topic, expected):
    assert _asks_measure(parse_plain([question])[0], topic) is expected


TEXTS = {
    "gazette.txt": """title: The trawler settlement
published: 2042-03-02

On 14 February 2042 Iceland agreed to pay Chile $12 million in compensation for the seized trawler Santa Brisa.
Under the same settlement Chile received 30 per cent of the catch in the disputed waters.
The Icelandic coast guard had detained 14 Chilean sailors when it seized the trawler in 2041.
The Chilean blockade of the port of Grindavik lasted 40 days.
""",
    "weekly.txt": """title: How the trawler quarrel ended
published: 2042-04-11

In February 2042 Iceland paid Chile $15 million in compensation for the seized trawler Santa Brisa.
The settlement left Chile 30 per cent of the catch in the disputed waters.
Fourteen Chilean sailors had been held by the Icelandic coast guard since the seizure.
The Chilean blockade of the port of Grindavik lasted nearly three months.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("stored_figures65"), TEXTS) as asker:
        yield asker


def test_a_sum_the_sources_write_differently_is_disputed(asker):
    answer = asker.ask("What compensation did Iceland pay Chile for the trawler Santa Brisa?")
    assert answer.verdict == "disputed", answer.text
    labels = " / ".join(s.label for s in answer.sides)
    assert "12 million" in labels and "15 million" in labels, labels
    assert len({c.document for s in answer.sides for c in s.citations}) == 2


def test_a_share_the_sources_agree_on_is_not_disputed(asker):
    # both write 30 per cent: no stored dispute of the share, and the sum is no share
    answer = asker.ask("What share of the catch in the disputed waters did Chile receive?")
    assert answer.verdict != "disputed", answer.text


def test_a_claimed_duration_one_source_writes_otherwise_is_disputed(asker):
    # the claim's figure is supported by one source; the stored dispute's other side is against it
    answer = asker.check("The Chilean blockade of the port of Grindavik lasted 40 days.")
    assert answer.verdict == "disputed", answer.text
    against = [c.sentence for s in answer.sides if s.label == "against" for c in s.citations]
    assert any("three months" in x for x in against), answer.sides
    # the stored dispute alone gives the sentence against (:meth:`Asker._stored_against`)
    pro = [c for s in answer.sides if s.label == "for" for c in s.citations]
    assert [c.sentence for c in asker._stored_against(pro)] == [
        "The Chilean blockade of the port of Grindavik lasted nearly three months."]
    # a sentence on no side of a stored dispute has none against it
    other = [c for s in asker.ask("What compensation did Iceland pay Chile for the trawler Santa Brisa?").sides
             for c in s.citations]
    assert all("blockade" not in c.sentence for c in asker._stored_against(
        [c for c in other if "$12 million" in c.sentence]))
