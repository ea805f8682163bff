"""Who-questions about an act the ontology codes apart from its form (mediation: CAMEO 045, not a
meeting of the parties, 040), and parties a sentence names only as "the two governments": case
tables over a store built from three texts of the project's own."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.reading import act_code, act_family

TEXTS = {
    "chad.txt": """title: The Aouzou truce
published: 1990-02-01

The border war between Chad and Libya went on for most of the decade.
A ceasefire between Chad and Libya, brokered by Gabon, took effect on 11 September 1987.
Officials of Chad and Libya met again in Algiers in 1988.
""",
    "nordic.txt": """title: The Karlstad settlement
published: 1906-01-10

Norway and Sweden quarrelled over the union in the summer of 1905.
The Karlstad accord between Norway and Sweden was brokered by Denmark in September 1905.
Norway and Sweden met at Karlstad again in October 1905.
""",
    "ghana.txt": """title: The closed frontier
published: 1968-05-05

Ghana closed its border with Togo in January 1966.
The elder statesman William Tubman mediated between the two governments in March 1966, and the border reopened in May 1966.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("acts"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("lemma, forms, code, family", [
    ("mediate", ["CONSULT"], "045", {"mediate", "mediation", "broker"}),
    ("broker", ["CONSULT"], "045", {"mediate", "mediation", "broker"}),
    ("meet", ["CONSULT"], None, {"meet"}),  # the form's own act: no act apart
    ("seize", ["TAKE_OFFICE"], None, {"seize", "seizure"}),  # "seize power": another form
])
def test_act_of_a_trigger_group_coded_apart(lemma, forms, code, family):
    assert act_code(lemma, forms) == code
    assert act_family(lemma) == family


@pytest.mark.parametrize("question, names, parties", [
    # "brokered" states "mediated" (one act, CAMEO 045); the parties met too, but met no one
    ("Who mediated the ceasefire between Chad and Libya?", ["Gabon"], ["Chad", "Libya"]),
    ("Who mediated the Karlstad accord?", ["Denmark"], ["Norway", "Sweden"]),
    # the parties named only as "the two governments" (the events stage's referents)
    ("Who mediated between Ghana and Togo in 1966?", ["Tubman"], ["Ghana", "Togo"]),
])
def test_ask_who_mediated(asker, question, names, parties):
    answer = asker.ask(question)
    assert answer.verdict == "answered", answer.text
    for name in names:
        assert name in answer.text
    for party in parties:
        assert party not in answer.text.split(" (read")[0]


@pytest.mark.parametrize("question", [
    "Who met Libya in Algiers in 1988?",  # a meeting is no mediation: the parties answer it
])
def test_ask_who_met_is_no_mediation(asker, question):
    answer = asker.ask(question)
    assert "Gabon" not in answer.text


@pytest.fixture(scope="module")
def reader_only(asker):
    """The same store with a chronicle of no events: every answer is read from a sentence."""
    import dataclasses

    from chronica.ask.answer import Asker

    chronicle = dataclasses.replace(asker.chronicle, events=[], disagreements=[])
    return Asker(chronicle, asker.index, claims=[], reader=asker.reader)


@pytest.mark.parametrize("question, name", [
    ("Who mediated the ceasefire between Chad and Libya?", "Gabon"),  # "brokered by Gabon"
    ("Who mediated the Karlstad accord?", "Denmark"),  # "was brokered by Denmark"
    # "between the two governments": the pair the events stage resolved the phrase to
    ("Who mediated between Ghana and Togo in 1966?", "Tubman"),
])
def test_reading_who_mediated(reader_only, question, name):
    answer = reader_only.ask(question)
    assert answer.verdict == "answered", answer.text
    assert name in answer.text
