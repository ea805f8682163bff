"""Three codings of session 31 (type31) by the PLOVER codebook and the parse. Session 30's strict
judging (benchmarks/results/session30_type_judging.md) and the lead's list of known losses found
expulsions of people coded SANCTION, expelled envoys with no recipient (the act dropped or left
OTHER), the doer's own country as the envoy's, and forces landing at the other side's towns coded
as deployments. Sentences are written for these tests (names, places and numbers of my own).

1. **People expelled are deported.** PLOVER: "expulsions or deportations of individuals ... are
   coded as COERCE"; a state's envoys expelled reduce relations (SANCTION). The ontology's
   ``expel {PEOPLE}`` pattern took refugees, workers, nationals; a nationality's people told by
   the demonym (the tagger's NORP as a plural noun: "Nigerians", "Somalis") are people too, and
   the act noun's "of" object is its object ("the expulsion of Zambians").
2. **The one put out is the "of" of an expulsion**, and a by-agent is the doer: "the expulsion of
   the ambassador by Ghana" (the envoy was the source before).
3. **An envoy is another state's.** An envoy expelled or recalled with no state of his named is the
   other of the document's two main states (named last, as a border's other side is:
   ``_targets.border_neighbour``): "Kenya expelled the envoy", "the ambassador was expelled by
   Nairobi", "the expulsion had been ordered by the president".
4. **A landing at the other side's place is an entry.** A force of one of the two main states
   that lands at, in or near a named place that is not its own state's (unknown to the knowledge
   base, or held by the other) enters the other state (INVADE, PLOVER ASSAULT), no deployment.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _coded(evs):
    return [(e.type, e.mode, e.trigger, [(p.role, p.name) for p in e.participants]) for e in evs]


def _targets(e):
    return {p.state or p.actor_id for p in e.participants if p.role == "target"}


def _one(evs, etype):
    hits = [e for e in evs if e.type == etype]
    assert len(hits) == 1, _coded(evs)
    return hits[0]


# 1. people of a nationality expelled: COERCE deport (verb object, "thousands of" count, the noun's "of")
DEPORTED = [
    ("In 1971 Tamaria expelled thousands of Nigerians.", "NGA"),
    ("Kenya deported 300 Somalis in 2004.", "SOM"),
    ("Uganda expelled the Kenyans in 1975.", "KEN"),
    ("In May 1983 President Mbeki ordered the expulsion of undocumented Zambians.", "ZMB"),
]


@pytest.mark.parametrize("text,target", DEPORTED)
def test_a_nationalitys_people_expelled_are_deported(run, text, target):
    e = _one(run(text), "COERCE")
    assert e.mode == "deport" and target in _targets(e), _coded([e])


# ... envoys expelled stay SANCTION expel
ENVOYS_EXPELLED = [
    "Poland expelled 45 Russian diplomats in 2023.",
    "Ghana expelled the Nigerian envoy in 1969.",
    "In 1988 Chile expelled the Peruvian ambassador.",
]


@pytest.mark.parametrize("text", ENVOYS_EXPELLED)
def test_envoys_expelled_reduce_relations(run, text):
    evs = run(text)
    assert [e.type for e in evs] == ["SANCTION"] and evs[0].mode == "expel", _coded(evs)


# 2. the "of" of an expulsion is the one put out; a by-agent the doer
OF_EXPELLED = [
    ("The expulsion of the Nigerian ambassador by Ghana in 1969 angered Lagos.", "SANCTION", "GHA", "NGA"),
    ("The expulsion of 2,000 Nigerians by Ghana in 1969 angered Lagos.", "COERCE", "GHA", "NGA"),
    ("Ghana's expulsion of the Nigerian envoy in 1969 angered Lagos.", "SANCTION", "GHA", "NGA"),
]


@pytest.mark.parametrize("text,etype,source,target", OF_EXPELLED)
def test_the_of_of_an_expulsion_is_the_one_put_out(run, text, etype, source, target):
    e = _one(run(text), etype)
    sources = {p.state or p.actor_id for p in e.participants if p.role == "source"}
    assert source in sources and target in _targets(e) and target not in sources, _coded([e])


# 3. an unnamed envoy is the other state's (active, passive, the noun carried by "order", a recall)
PAIR = "Kenya and Somalia quarrelled over the border in 2011. "
ENVOY_STATES = [
    PAIR + "In May 2011 Kenya expelled the envoy.",
    PAIR + "In May 2011 Nairobi expelled the ambassador and two diplomats.",
    PAIR + "The ambassador was expelled by Kenya in May 2011.",
    PAIR + "The expulsion had been ordered by President Mwai Kibaki.",
    PAIR + "In May 2011 President Mwai Kibaki ordered the expulsion of the ambassador.",
    PAIR + "In May 2011 Kenya recalled its ambassador.",
]


@pytest.mark.parametrize("text", ENVOY_STATES)
def test_an_unnamed_envoy_is_the_other_states(run, text):
    e = _one(run(text), "SANCTION")
    assert _targets(e) == {"SOM"}, _coded([e])


ENVOY_NOT_GUESSED = [
    # his state is named: it stands
    (PAIR + "In May 2011 Kenya expelled the Ugandan envoy.", "UGA"),
    # no pair of states to read the other from: no recipient guessed (the dated act keeps its
    # SANCTION one-sided since session 41: ``extract._one_sided``)
    ("In May 2011 Kenya expelled the envoy.", None),
]


@pytest.mark.parametrize("text,target", ENVOY_NOT_GUESSED)
def test_an_envoys_state_is_not_guessed_against_the_text(run, text, target):
    evs = [e for e in run(text) if e.type == "SANCTION"]
    if target is None:
        assert not any(_targets(e) for e in evs), _coded(evs)
    else:
        assert len(evs) == 1 and target in _targets(evs[0]) and "SOM" not in _targets(evs[0]), _coded(evs)


# 4. a landing at the other side's named place enters it
LANDINGS = [
    ("Chile and Peru quarrelled in 1880. Chilean troops landed at Pisco in 1880.", "PER"),
    ("Chile and Peru quarrelled in 1880. In November 1880 Chilean troops landed at Pisco and marched on Lima.", "PER"),
    ("Britain and Argentina quarrelled in 1982. On 21 May 1982 British forces landed at San Carlos.", "ARG"),
    ("Britain and Argentina quarrelled in 1982. On 2 April 1982 Argentine marines landed near Port Stanley.", "GBR"),
]


@pytest.mark.parametrize("text,target", LANDINGS)
def test_a_landing_at_the_other_sides_place_is_an_entry(run, text, target):
    e = next((e for e in run(text) if e.trigger == "landed"), None)
    assert e is not None and e.type == "ASSAULT" and e.form == "INVADE" and target in _targets(e), _coded(run(text))


LANDINGS_AT_HOME = [
    # its own capital: a deployment
    "Britain and Argentina quarrelled in 1982. On 2 April 1982 Argentine marines landed in Buenos Aires.",
    # no pair of states: where it landed says nothing of whose ground it is
    "Chilean troops landed at Pisco in 1880.",
    # no force: a minister landing is no entry
    "Chile and Peru quarrelled in 1880. The Chilean foreign minister landed at Pisco in 1880.",
]


@pytest.mark.parametrize("text", LANDINGS_AT_HOME)
def test_a_landing_at_home_or_with_no_pair_is_no_entry(run, text):
    assert not [e for e in run(text) if e.form == "INVADE"], _coded(run(text))


# 5. a person the Phoenix agents dictionary names is no feeling: arrested, detained, jailed
#    (checks.suppressed_a_feeling vetoed any object outside a short list of human nouns)
ARRESTS = [
    ("Ugandan police arrested an opposition presidential candidate in eastern Uganda on 18 November 2020.", "UGA"),
    ("Kenyan police detained two activists in Nairobi on 4 May 2015.", "KEN"),
    ("The Zambian authorities jailed a newspaper editor in 1997.", "ZMB"),
]


@pytest.mark.parametrize("text,target", ARRESTS)
def test_a_person_arrested_is_no_feeling(run, text, target):
    e = _one(run(text), "COERCE")
    assert e.mode == "arrest" and target in _targets(e), _coded([e])


def test_a_feeling_suppressed_is_still_no_coercion(run):
    assert not [e for e in run("Vladimir Putin could barely suppress his anger in 2004.") if e.type == "COERCE"]


# 7. a state's organ named by its possessive: "Azerbaijan's defence ministry" is Azerbaijan's (an
#    unresolved organisation or agent mention kept no state, so the event had no source state)
ORGANS = [
    ("Azerbaijan's defence ministry deployed additional troops to the border with Armenia on 3 May 2021.",
     "MOBILIZE", "AZE"),
    ("Mali's military government released 46 Ivorian soldiers on 3 January 2023.", "RETREAT", "MLI"),
    ("Ghana's interior ministry deported 300 Nigerians on 3 May 1999.", "COERCE", "GHA"),
    ("Greece's ruling party held talks with Turkey on 3 May 1999.", "CONSULT", "GRC"),
]


@pytest.mark.parametrize("text,etype,source", ORGANS)
def test_a_states_organ_by_its_possessive_is_the_states(run, text, etype, source):
    e = _one(run(text), etype)
    assert source in {p.state for p in e.participants if p.role == "source"}, _coded([e])


# 8. armed forces that expel are fighting (session 30's "expel-force": SANCTION expel, and with
#    rule 1 a deportation)
FORCES_EXPEL = [
    ("Peruvian troops expelled the Ecuadorian soldiers from the outpost within days.", "PER"),
    ("The invading forces were expelled by the Sudanese army in April 2012.", "SDN"),
    ("In 1995 the Ecuadorian army expelled the Peruvian troops from the valley.", "ECU"),
]


@pytest.mark.parametrize("text,source", FORCES_EXPEL)
def test_armed_forces_that_expel_fight(run, text, source):
    e = _one(run(text), "ASSAULT")
    assert e.form == "FIGHT" and source in {p.state for p in e.participants if p.role == "source"}, _coded([e])


def test_people_expelled_by_forces_are_no_fight(run):
    evs = run("During the campaign, Tamarian forces expelled some 850,000 Albanians from the province.")
    assert not [e for e in evs if e.form == "FIGHT"], _coded(evs)


def test_an_envoy_whose_state_is_named_keeps_it(run):
    # the actors stage reads "the Congolese government" as Rwanda's: the envoy's named state is no
    # ground to read the other of the pair as the recipient
    evs = run("Rwanda and Congo quarrelled in 2022. Last month the Congolese government expelled Rwanda's ambassador.")
    assert not [e for e in evs if e.type == "SANCTION" and "COD" in _targets(e)], _coded(evs)
