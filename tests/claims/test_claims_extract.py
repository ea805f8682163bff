"""The claims stage on parsed sentences (the real pipeline): each finder on sentences written for
these tests, at least three texts per rule, and look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind=None):
    """The claims of the finders that know what their thing is (the claims known only by their
    wording, ``by_wording``, are tested in test_claims_worded_values.py)."""
    doc = pipeline(text)
    return [c for c in doc._.claims if (kind is None or c.kind == kind) and not c.by_wording]


@pytest.mark.parametrize("text, topic, value, low, high", [
    ("Three-hundred-and-sixty-eight sailors were killed when the ferry went down.", "dead", 368, 368, 368),
    ("More than 500 civilians died in the shelling of the port.", "dead", 500, 500, float("inf")),
    ("The flood killed about 600 villagers in the valley.", "dead", 600, 510, 690),
    ("The raid resulted in the deaths of 212 Dutch soldiers.", "dead", 212, 212, 212),
    ("The ministry reported that 1,240 lives had been lost.", "dead", 1240, 1240, 1240),
    ("Hundreds of thousands of people fled the city after the siege.", "displaced", 200000, 200000, 900000),
    ("As many as 40,000 refugees crossed the border in March.", "displaced", 40000, 20000, 40000),
    ("The rebels captured 1,130 government soldiers near the river.", "captured", 1130, 1130, 1130),
    ("Nearly 2,000 people were wounded in the riots.", "wounded", 2000, 1800, 2000),
])
def test_extract_counts_with_measure_and_qualifier(pipeline, text, topic, value, low, high):
    counts = claims_of(pipeline, text, "count")
    assert [c.topic for c in counts] == [topic]
    c = counts[0]
    assert c.low == pytest.approx(low) and c.high >= high * 0.999 and c.sentence == text
    assert text[c.start:c.end]  # the claim cites its words


@pytest.mark.parametrize("text", [
    "The treaty was signed in 1921 by 14 states.",  # no measure: states signing are no toll
    "The war lasted three years.",  # a duration, not a count
    "On 12 May 1940 the bridge was blown up.",  # a date
])
def test_extract_no_count_without_a_measure(pipeline, text):
    assert claims_of(pipeline, text, "count") == []


@pytest.mark.parametrize("text, phase_values", [
    ("The town's Jewish population fell from 12,403 to 3,117 between 1930 and 1940.", {"start": 12403, "end": 3117}),
    ("The island's population grew from 4,511 to 9,870 in the 1950s.", {"start": 4511, "end": 9870}),
    ("The Armenian population of the district declined from 20,455 to 8,311 after the war.", {"start": 20455, "end": 8311}),
])
def test_extract_a_change_gives_two_figures(pipeline, text, phase_values):
    counts = claims_of(pipeline, text, "count")
    assert {c.phase: c.low for c in counts} == phase_values
    assert all(c.topic == "population" for c in counts)


@pytest.mark.parametrize("text, subject", [
    ("The raid resulted in the deaths of 212 Dutch soldiers.", ["NLD"]),
    ("Some 300 French troops were killed in the ambush.", ["FRA"]),
    ("The battle left 4,012 Italian dead.", ["ITA"]),
])
def test_extract_whose_figure(pipeline, text, subject):
    counts = claims_of(pipeline, text, "count")
    assert counts and [s.split("/")[0] for s in counts[0].subject] == subject


@pytest.mark.parametrize("text, agent, obj, attribution", [
    ("According to the government, it was Hungary who started the war in 1919.", ["HUN"], "war", "the government"),
    ("Historians hold that the islands were discovered by Portugal in 1501.", ["PRT"], "island", "Historians"),
    ("Chile launched the offensive in the spring of 1879.", ["CHL"], "offensive", None),
    ("Peru claimed that the conflict was begun by Bolivia.", ["BOL"], "conflict", "Peru"),
])
def test_extract_agents_of_once_only_acts(pipeline, text, agent, obj, attribution):
    agents = claims_of(pipeline, text, "agent")
    assert [(c.subject, c.obj) for c in agents] == [(agent, obj)]
    assert agents[0].attribution == attribution


@pytest.mark.parametrize("text", [
    "Chile did not start the war.",  # negated
    "The company launched a new product in 1990.",  # not an act of hostility
    "They started the meeting at noon.",
])
def test_extract_no_agent_claim(pipeline, text):
    assert claims_of(pipeline, text, "agent") == []


@pytest.mark.parametrize("text, value, pair", [
    ("Relations between France and Germany improved in the 1960s.", "closer", {"FRA", "DEU"}),
    ("In the 1970s, Egypt and the Soviet Union grew apart.", "apart", {"EGY", "SUN"}),
    ("Relations between Chile and Peru deteriorated sharply in 1879.", "apart", {"CHL", "PER"}),
])
def test_extract_relationship_claims(pipeline, text, value, pair):
    rel = claims_of(pipeline, text, "relation")
    assert [(c.value, set(c.subject)) for c in rel] == [(value, pair)]
    assert rel[0].earliest is not None


@pytest.mark.parametrize("text, value", [
    ("The United States imposed sanctions on Iraq before Iraq invaded Kuwait.", "before"),
    ("Britain imposed sanctions on Rhodesia after Rhodesia declared independence.", "after"),
    ("In 1919 France expelled the German diplomats after Germany attacked Belgium.", "after"),
])
def test_extract_order_of_two_happenings(pipeline, text, value):
    order = claims_of(pipeline, text, "order")
    assert [c.value for c in order] == [value]
    assert order[0].event_trigger is not None and order[0].other_trigger is not None


@pytest.mark.parametrize("text, value, whole", [
    ("In 1962 the United States banned all trade with Cuba.", "all", "trade"),
    ("In 1980 Japan banned most imports from Iran.", "most", "import"),
    ("In 1986 Congress banned all imports from South Africa.", "all", "import"),
])
def test_extract_scope_of_an_act(pipeline, text, value, whole):
    scope = claims_of(pipeline, text, "scope")
    assert [(c.value, c.obj) for c in scope] == [(value, whole)]


@pytest.mark.parametrize("text, obj", [
    ("In January 1950, Stalin gave his approval to Kim to liberate the south.", "liberate"),
    ("In 1968 Leonid Brezhnev ordered the Soviet army to invade Czechoslovakia.", "invade"),
    ("In 1939 Adolf Hitler ordered the German army to invade Poland.", "invade"),
])
def test_extract_what_an_act_is_about(pipeline, text, obj):
    acts = claims_of(pipeline, text, "act")
    assert [c.obj for c in acts] == [obj]


def test_extract_sanctions_are_no_permission(pipeline):
    assert claims_of(pipeline, "The United States imposed sanctions on Iraq in 1990.", "act") == []


@pytest.mark.parametrize("text, topic, low, high", [
    ("The war lasted three weeks.", "how long: war", 17.5, 24.5),
    ("The siege of the city lasted 76 days.", "how long: siege", 75.5, 76.5),
    ("After a war of three months, the two states signed a truce.", "how long: war", 76.1, 106.54),
    ("The conflict, which lasted six years, ended in 1945.", "how long: conflict", 2008.875, 2374.125),
])
def test_extract_durations(pipeline, text, topic, low, high):
    found = claims_of(pipeline, text, "duration")
    assert [(c.topic, round(c.low, 2), round(c.high, 2)) for c in found] == [(topic, round(low, 2), round(high, 2))]


@pytest.mark.parametrize("text, topic, low, high", [
    # the parse hangs the length of time on the clause after it: it is still how long it lasted
    ("The siege lasted six months before the garrison surrendered.", "how long: siege", 167.42, 197.86),
    ("The war lasted eight years before a ceasefire was signed in 1988.", "how long: war", 2739.38, 3104.62),
    ("The Berlin blockade lasted two years before the Soviet Union lifted it.", "how long: berlin blockade", 547.88, 913.12),
    ("The strike lasted three weeks until the government gave in.", "how long: strike", 17.5, 24.5),
])
def test_extract_durations_before_another_happening(pipeline, text, topic, low, high):
    found = claims_of(pipeline, text, "duration")
    assert [(c.topic, round(c.low, 2), round(c.high, 2)) for c in found] == [(topic, round(low, 2), round(high, 2))]


@pytest.mark.parametrize("text, topic, value", [
    ("Joseph Stalin died in 1953 at the age of 74.", "how old Joseph Stalin was when died", "74"),
    ("Winston Churchill died in 1965 aged 90.", "how old Winston Churchill was when died", "90"),
    ("The 79-year-old Charles de Gaulle died in 1970.", "how old Charles de Gaulle was when died", "79"),
    ("Joseph Stalin was born in Georgia in December 1878.", "where Joseph Stalin was born", "Georgia"),
    ("Mao Zedong was born in Shaoshan in 1893.", "when Mao Zedong was born", "1893"),
])
def test_extract_attributes_of_a_person(pipeline, text, topic, value):
    found = claims_of(pipeline, text, "attribute")
    assert (topic, value) in [(c.topic, c.value) for c in found]


@pytest.mark.parametrize("text", [
    "The war ended two years before the treaty was signed.",  # no duration verb: a gap, not a length
])
def test_extract_no_duration_for_a_gap(pipeline, text):
    assert claims_of(pipeline, text, "duration") == []


@pytest.mark.parametrize("text, value", [
    ("The guerrillas took 40 tourists hostage in the mountains.", "40"),
    ("The militia held 52 diplomats hostage for months.", "52"),
    ("Students took 66 Americans hostage at the embassy in 1979.", "66"),
])
def test_extract_people_taken_hostage_are_captured(pipeline, text, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [("captured", value)]


@pytest.mark.parametrize("text", [
    "The army took 300 villages in a week.",
    "They took 20 minutes to agree.",
])
def test_extract_taking_without_a_captive_is_no_count(pipeline, text):
    assert claims_of(pipeline, text, "count") == []


@pytest.mark.parametrize("text, agent", [
    ("Chinese troops fired first along the border in February 1979.", ["CHN"]),
    ("The Ecuadorian patrol shot first, according to Lima.", ["ECU"]),
    ("Nicaraguan police fired first on the river in 2010.", ["NIC"]),
])
def test_extract_who_fired_first_started_the_hostilities(pipeline, text, agent):
    assert [(c.subject, c.obj) for c in claims_of(pipeline, text, "agent")] == [(agent, "hostilities")]


@pytest.mark.parametrize("text", [
    "He fired the coach first and then the manager.",
    "The crowd fired first and the police answered.",  # nobody named: no claim
])
def test_extract_no_first_shot_claim(pipeline, text):
    assert claims_of(pipeline, text, "agent") == []


@pytest.mark.parametrize("text, agent, attribution", [
    ("According to Baku, Armenia attacked first in 1992.", ["ARM"], "Baku"),
    ("In 1969 Honduras attacked first, El Salvador says.", ["HND"], "El Salvador"),
    ("Iraq says that Iran attacked first in 1980.", ["IRN"], "Iraq"),
])
def test_extract_who_struck_first_started_the_hostilities(pipeline, text, agent, attribution):
    agents = claims_of(pipeline, text, "agent")
    assert [(c.subject, c.obj, c.attribution) for c in agents] == [(agent, "hostilities", attribution)]


@pytest.mark.parametrize("text, figures", [
    ("The war resulted in the deaths of 649 Chilean soldiers, 255 Peruvian soldiers, and three civilians.",
     [("dead", "649", ["CHL"]), ("dead", "255", ["PER"]), ("dead", "three", [])]),
    ("The battle killed 1,200 French soldiers, 800 British soldiers and 40 civilians.",
     [("dead", "1,200", ["FRA"]), ("dead", "800", ["GBR"]), ("dead", "40", [])]),
    ("The rebels captured 300 soldiers, 20 officers and 12 tanks.",
     [("captured", "300", []), ("captured", "20", []), ("captured", "12", [])]),
])
def test_extract_a_list_of_figures_shares_its_predicate(pipeline, text, figures):
    counts = claims_of(pipeline, text, "count")
    assert [(c.topic, c.value, c.subject) for c in counts] == figures


@pytest.mark.parametrize("text, low, high, subject", [
    ("The border between Chile and Argentina is 5,300 km long.", 5035, 5565, ["ARG", "CHL"]),
    ("Chile and Argentina share a 5,150-kilometre border.", 5150, 5150, ["ARG", "CHL"]),
    ("The 740-mile frontier between Chile and Argentina was closed in 1962.", 1191, 1191, ["ARG", "CHL"]),
])
def test_extract_lengths_in_km(pipeline, text, low, high, subject):
    found = claims_of(pipeline, text, "count")
    assert [(c.topic, round(c.low), round(c.high), c.subject) for c in found] == [("length", low, high, subject)]


@pytest.mark.parametrize("text, expected", [
    ("The two world wars killed millions.", [("wars", "two"), ("dead", "millions")]),  # the wars did the killing
    # the wars are no toll; the lives they cost are one ("cost the lives of": round 18)
    ("Peru and Ecuador's three wars cost thousands of lives.", [("wars", "three"), ("dead", "thousands")]),
    ("Two floods killed 300 people.", [("dead", "300")]),
])
def test_extract_the_agent_of_killing_is_not_its_toll(pipeline, text, expected):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == expected


@pytest.mark.parametrize("text, parties, qualifier", [
    ("In 1994 Israel and Jordan signed a peace treaty.", ["ISR", "JOR"], None),
    ("The peace treaty between Israel and Jordan was signed in 1994.", ["ISR", "JOR"], "between"),
    ("Talks between Ecuador and Peru opened in Brasilia in 1995.", ["ECU", "PER"], "between"),
    ("Egypt and Syria attacked Israel in October 1973.", ["EGY", "SYR"], None),
    # the agent noun's of-phrase names each state (actors36); the city is no party
    ("Representatives of Chad and Libya held talks in Algiers in 1989.", ["LBY", "TCD"], None),
])
def test_extract_parties_are_the_list_that_does_it(pipeline, text, parties, qualifier):
    """The list that is the subject, or follows "between" (then it names every party); the
    city where it happened is no party."""
    found = claims_of(pipeline, text, "participants")
    assert [(c.subject, c.qualifier) for c in found] == [(parties, qualifier)]


@pytest.mark.parametrize("text", [
    "The French president visited Moscow and Tbilisi in August 2008.",  # places visited
    "The minister held talks with Ghana and Togo in 1984.",  # those addressed, not all parties
])
def test_extract_no_parties_from_places_or_objects(pipeline, text):
    assert claims_of(pipeline, text, "participants") == []


@pytest.mark.parametrize("text, topic, value", [
    ("The earthquake cost the lives of 2,000 villagers.", "dead", "2,000"),
    ("The storm took the lives of 300 fishermen.", "dead", "300"),
    ("The famine claimed the lives of some 40,000 people in 1968.", "dead", "some 40,000"),
    ("The shelling left 40 civilians dead.", "dead", "40"),
    ("The epidemic left 9,000 people dead in the north.", "dead", "9,000"),
    ("The floods left 20,000 people homeless.", "displaced", "20,000"),
    ("The war left 5,000 families homeless.", "displaced", "5,000"),
    ("The fire left 300 residents homeless in the city.", "displaced", "300"),
    ("The militia drove 20,000 villagers from their homes in 1992.", "displaced", "20,000"),
    ("The offensive forced 5,000 families from their homes.", "displaced", "5,000"),
    ("In 1999 the fighting forced 90,000 people from their homes.", "displaced", "90,000"),
    ("The fighting in the province displaced 800,000 people.", "displaced", "800,000"),
])
def test_extract_what_a_verb_makes_the_counted_people(pipeline, text, topic, value):
    """"left X dead", "cost the lives of X", "forced X from their homes": the verb with its
    complement says what the figure counts."""
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [(topic, value)]


@pytest.mark.parametrize("text", [
    "The company left 300 workers unpaid.",
    "The army forced 300 men from the town into the army.",
])
def test_extract_no_count_from_other_complements(pipeline, text):
    assert claims_of(pipeline, text, "count") == []


@pytest.mark.parametrize("text, topic, value", [
    ("The civil war went on for fifteen years.", "how long: civil war", "fifteen years"),
    ("The talks went on for two years.", "how long: talks", "two years"),
    ("The strike dragged on for six months.", "how long: strike", "six months"),
    ("The war ended after 44 days of fighting.", "how long: fighting", "44 days"),
    ("The town fell after two months of war.", "how long: war", "two months"),
    ("After three weeks of fighting the rebels surrendered.", "how long: fighting", "three weeks"),
    ("The town fell after ten days of shelling.", "how long: shelling", "ten days"),
    # a relative clause the parse hangs on the object of "of": what lasted is the noun before it
    ("The occupation of the island, which lasted nine years, ended in 1989.", "how long: occupation", "nine years"),
    ("The siege of the capital, which lasted nearly four years, ended in 1996.", "how long: siege", "nearly four years"),
    ("The blockade of the port, which lasted 40 days, was lifted in May.", "how long: blockade", "40 days"),
])
def test_extract_durations_in_other_wordings(pipeline, text, topic, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "duration")] == [(topic, value)]


def test_extract_no_duration_of_a_speech(pipeline):
    assert claims_of(pipeline, "He went on for two hours about taxes.", "duration") == []


@pytest.mark.parametrize("text, subject", [
    ("Kim Il-sung launched the war on 25 June 1950.", ["PRK"]),  # in office: his state
    ("Ronald Reagan brokered the deal in 1985.", ["USA"]),
    ("Stalin started the war in 1939.", ["SUN"]),
])
def test_extract_a_leader_in_office_acts_for_his_state(pipeline, text, subject):
    assert [c.subject for c in claims_of(pipeline, text, "agent")] == [subject]


@pytest.mark.parametrize("text, topic, subject", [
    ("An Algerian-brokered agreement freed the hostages in January 1981.", "who brokered: agreement", ["DZA"]),
    ("A Soviet-mediated ceasefire ended the fighting in 1966.", "who brokered: ceasefire", ["SUN"]),
    ("The UN-brokered truce took effect in August 1988.", "who brokered: truce", ["UN"]),
    ("The truce between the two states was signed in 1987 under the mediation of Gabon.", "who brokered: truce", ["GAB"]),
    ("The two sides signed the accord in 1995 under the mediation of Norway.", "who brokered: accord", ["NOR"]),
    ("Under the mediation of the Vatican, the two countries signed a treaty in 1984.", "who brokered: treaty", ["VAT"]),
    ("The talks took place under the mediation of Norway.", "who brokered: talk", ["NOR"]),
])
def test_extract_who_mediated_in_other_wordings(pipeline, text, topic, subject):
    assert [(c.topic, c.subject) for c in claims_of(pipeline, text, "agent")] == [(topic, subject)]


def test_extract_a_hyphenated_adverb_is_no_mediator(pipeline):
    assert claims_of(pipeline, "A well-brokered deal was signed.", "agent") == []


@pytest.mark.parametrize("text, topic, value", [
    ("About 1,500 people were killed or wounded in the fighting.", "dead or wounded", "About 1,500"),
    ("The bombing killed and injured 300 people.", "dead or wounded", "300"),
    ("Some 40 soldiers were wounded or captured.", "captured or wounded", "Some 40"),
    ("About 600 villagers were killed and their houses burned.", "dead", "About 600"),  # no measure joined
])
def test_extract_a_figure_of_two_measures_is_neither_alone(pipeline, text, topic, value):
    """"killed or wounded": the figure counts both, so it is no toll of the dead to compare with one."""
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [(topic, value)]


@pytest.mark.parametrize("text, value", [
    ("More than 100,000 people sought refuge in neighbouring Honduras.", "More than 100,000"),
    ("Thousands of villagers sought refuge in the mountains.", "Thousands"),
    ("About 5,000 families sought refuge across the border.", "About 5,000"),
])
def test_extract_people_who_sought_refuge_are_displaced(pipeline, text, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [("displaced", value)]


@pytest.mark.parametrize("text, value", [
    ("The gunmen freed 13 hostages from the embassy.", "13"),
    ("The rebels released 200 prisoners in May.", "200"),
    ("The two armies exchanged 1,000 prisoners of war in 1953.", "1,000"),
])
def test_extract_people_freed_are_no_count_of_those_taken(pipeline, text, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [("released", value)]


@pytest.mark.parametrize("text, value", [
    ("The fortress held a garrison of 2,000 men in 1940.", "2,000"),
    ("The emperor invaded the kingdom with an army of 600,000 men.", "600,000"),
    ("The island sent a contingent of 5,000 men to the war in 1975.", "5,000"),
])
def test_extract_an_army_of_men_is_troops(pipeline, text, value):
    assert [(c.topic, c.value) for c in claims_of(pipeline, text, "count")] == [("troops", value)]
