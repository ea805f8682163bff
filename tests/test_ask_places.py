"""Names a question gives that are no party to its act: where a meeting or a signing happened
("signed in [Oslo]", "held in [Niamey]") and the names inside a deal's title ("the Treaty of
[Lisbon]", "the [Declaration] of [Intent]") — the events stage's own tests
(chronica.events._places venue rule, chronica.events._targets.names_a_deal) applied to the
question — and the doer of "X became the first state to [recognise] Y" in the sentences read.
Case tables of the parse, then end-to-end over a store of the project's own texts. Sentences and
questions here are the project's own."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask import parse


@pytest.mark.parametrize("text, ids, places", [
    # a signing's or a meeting's city is where it happened (modelled on "signed in Stockholm",
    # "negotiations held in Addis Ababa", "negotiated ... in Bangkok")
    ("When was the fisheries agreement signed in Oslo?", set(), {"oslo"}),
    ("When were the last talks between Chad and Niger held in Niamey?", {"TCD", "NER"}, {"niamey"}),
    ("Who negotiated for Ghana with the Togolese envoy in Lome in 1970?", {"GHA"}, {"lome"}),
    # the city of a treaty's title names the treaty ("the Treaty of Washington")
    ("When was the Treaty of Lisbon between Spain and Portugal signed?", {"ESP", "PRT"}, {"lisbon"}),
    # a capitalised deal noun and the names of its "of"/"on" phrase are a document's title
    # ("the UN Convention on the Law of the Sea", "the Declaration of Principles")
    ("Did Chile sign the 1990 Convention on the Rights of Fishermen?", {"CHL"}, set()),
    ("Who signed the Declaration of Intent on behalf of Peru?", {"PER"}, set()),
])
def test_ask_parse_venue_and_deal_title_are_no_party(text, ids, places):
    q = parse(text)
    assert {a.actor_id for a in q.actors if a.actor_id} == ids
    assert places <= set(q.places)
    assert not any(a.actor_id is None and a.kind is None for a in q.actors), q.actors


@pytest.mark.parametrize("text, target", [
    # a city that is the act's object, or the place of an act that is no meeting or signing,
    # stays a party as the build reads it
    ("When did Chile bomb Lima?", "seat:lima"),
    ("When did Ghana attack Togo in Lome?", "seat:lome"),
    ("Did Ghana recognise Togo in Accra?", "seat:accra"),
])
def test_ask_parse_place_of_another_act_stays(text, target):
    assert target in {a.actor_id for a in parse(text).actors}


TEXTS = {
    "wire.txt": """title: Lake deal signed
published: 1971-05-05

Chad and Niger signed a fisheries agreement in Niamey on 4 May 1971.
On 12 March 1962 Ghana became the only state to vote against Togo's admission to the United Nations.
Norway did not sign the 1977 Convention on the Protection of Whales.
""",
    "brief.txt": """title: A brief history of the lake
published: 1980-01-01

The fisheries agreement was signed in Niamey on 6 May 1971 by the two fisheries ministers.
""",
    "digest.txt": """title: Lake digest
published: 1975-01-01

The fisheries agreement was signed in Niamey on 4 May 1971 by the ministers of Chad and Niger.
Relations between Ghana and Togo stayed cold for years.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("places"), TEXTS) as asker:
        yield asker


def test_ask_when_signed_in_a_city_gives_both_dates(asker):
    """No party is named, the city is where it was signed: the sentences of the signing in
    Niamey are found, and their two days disagree."""
    answer = asker.ask("When was the fisheries agreement signed in Niamey?")
    assert answer.verdict == "disputed", answer.text
    assert len(answer.sides) >= 2, answer.text
    assert {"1971-05-04", "1971-05-06"} <= {c.date for c in answer.citations}, answer.text


def test_ask_when_the_doer_is_said_by_a_copula(asker):
    """ "Ghana became the only state to vote against ...": Ghana voted."""
    answer = asker.ask("When did Ghana vote against Togo's admission to the United Nations?")
    assert answer.verdict == "answered", answer.text
    assert answer.values[0] == "1962-03-12", answer.text


def test_ask_did_sign_a_titled_convention(asker):
    answer = asker.ask("Did Norway sign the 1977 Convention on the Protection of Whales?")
    assert answer.verdict == "answered", answer.text
    assert answer.text.startswith("no"), answer.text
