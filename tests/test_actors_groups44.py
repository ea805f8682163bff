"""A demonym that names an ethnic group is the group where it lives, not its kin state (round 44).

``chronica.actors.groups``: "the Hungarian minority in Slovakia", "ethnic Greeks from Turkey",
"Slovaks living in Hungary" were read as the kin state (HUN, GRC, SVK) and so as that state's
government in the events. The codebook codes such a group by the state it lives in, as civilians
(Phoenix.agents ETHNIC_MINORITY [~CVL]). The shapes come from dev texts: a group noun (hunsvk,
hunrou, dnkdeu, cyprus, ugatan: "the X minority"), "ethnic" (hunrou, hunsvk, cyprus, srbkos),
a residence (hunsvk, haidom, ethiopia, pakafg: "X living / resident in Y"; hunrou, grctur: "the
Xs of Y"). The sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = "1990-01-01") -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


def _group(mentions: list[ActorMention]) -> ActorMention:
    hits = [m for m in mentions if m.via == "ethnic_group"]
    assert hits, [(m.text, m.actor_id, m.via) for m in mentions]
    return hits[0]


GROUPS = [  # (text, the group's words, the state it lives in (None: not known), its kin state)
    # a group noun
    ("In 1947 Poland expelled the Ukrainian minority in Poland's east.", "Ukrainian minority", None, "UKR"),
    ("The Greek minority in Albania asked for schools of its own.", "Greek minority", "ALB", "GRC"),
    ("Lithuania promised the Polish minority in Lithuania equal rights.", "Polish minority", None, "POL"),
    ("The Norwegian minority asked Stockholm for guarantees in 1950.", "Norwegian minority", None, "NOR"),
    ("Bulgaria's Turkish minority was forced to take Slavic names in 1984.", "Turkish minority", "BGR", "TUR"),
    ("Troops were sent to protect the minority of Bulgarian Turks.", "minority of Bulgarian Turks", None, "BGR"),
    # "ethnic"
    ("By 1989 thousands of ethnic Germans had left Romania for good.", "ethnic Germans", None, "DEU"),
    ("Ethnic Poles from Belarus crossed the border in 1945.", "Ethnic Poles", "BLR", "POL"),
    ("Police fired on ethnic Serb protesters in the north in 2023.", "ethnic Serb protesters", None, "SRB"),
    # a residence
    ("In 1972 some 50,000 Bulgarians living in Greece were told to leave.", "Bulgarians", "GRC", "BGR"),
    ("Tens of thousands of Chadians resident in Libya were sent home in 1983.", "Chadians resident", "LBY", "TCD"),
    ("By 2001 about a million Afghans were living in Iran.", "Afghans", "IRN", "AFG"),
    ("The Greeks of Alexandria left Egypt in the 1950s.", "Greeks", None, "GRC"),
]


@pytest.mark.parametrize("text,words,state,kin", GROUPS)
def test_an_ethnic_group_is_no_kin_state(run, text, words, state, kin):
    group = _group(run(text))
    assert group.text == words
    assert group.actor_id == state
    assert group.agent == "CVL"
    if kin:
        assert kin not in group.actor_ids


NATIONS = [  # (text, the demonym, its state): the nation acting, or living at home
    ("The Hungarians voted in 1990 for a new parliament.", "Hungarians", "HUN"),
    ("Hungarians and Slovaks argued about the dam for years.", "Slovaks", "SVK"),
    ("The Hungarians of Hungary voted in 1990.", "Hungarians", "HUN"),
    ("Dominicans of Haitian descent lost their papers in 2013.", "Dominicans", "DOM"),
    ("Romanian troops entered the capital in August 1919.", "Romanian troops", "ROU/military"),
    ("In 1989 the Russian public and business community expected reform.", "Russian", "SUN"),
]


@pytest.mark.parametrize("text,words,state", NATIONS)
def test_a_nation_stays_its_state(run, text, words, state):
    found = [m for m in run(text) if m.text == words]
    assert found and found[0].actor_id == state, [(m.text, m.actor_id, m.via) for m in run(text)]
    assert all(m.via != "ethnic_group" for m in run(text) if m.text == words)


STACKED = [  # (text, the group's words, its state): the demonym nearest the noun is where it lives
    ("In 1964 the Turkish Cypriot minority withdrew into enclaves.", "Turkish Cypriot minority", "CYP"),
    ("The Greek Cypriot minority in the north dwindled after 1974.", "Greek Cypriot minority", "CYP"),
    ("Ankara sent troops to protect the Turkish-Cypriot minority in 1974.", "Turkish-Cypriot minority", "CYP"),
]


@pytest.mark.parametrize("text,words,state", STACKED)
def test_stacked_demonyms_name_the_group_where_it_lives(run, text, words, state):
    group = _group(run(text))
    assert (group.text, group.actor_id) == (words, state)


def test_a_bare_in_is_no_residence(run):
    """"The Americans in Vietnam" may be troops: "in" alone makes no group."""
    found = [m for m in run("In 1968 the Americans in Vietnam numbered half a million.") if m.text == "Americans"]
    assert found and found[0].actor_id == "USA"
