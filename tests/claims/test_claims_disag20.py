"""Claims added in round 20 (issue 11: disagreement recall), each rule on sentences from three texts
written for these tests, with look-alikes it must leave alone: figures with dotted thousands
("100.000"), who opened hostilities read from the act a beginning is told by ("the war broke out
when X opened fire") or an act done without provocation, a person's birth and age when the
knowledge base lacks the person, one person's name written shorter or spelt two ways, and how
much of a named whole an act covered when no event stands for the act."""

from __future__ import annotations

import pytest

from chronica.chronicle.claim_conflicts import attribute_of
from chronica.claims.model import SentenceClaim
from chronica.claims.numbers import figure_number
from chronica.claims.rules import same_person_name
from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def claims_of(pipeline, text, kind):
    """The claims of the finders that know what their thing is (the claims known only by their
    wording, ``by_wording``, are tested in test_claims_worded_values.py)."""
    return [c for c in pipeline(text)._.claims if c.kind == kind and not c.by_wording]


# -- figures with dotted thousands ------------------------------------------------------------

@pytest.mark.parametrize("written, value", [
    ("100.000", 100000.0),  # a translation: "died about 100.000 persons"
    ("1.250.000", 1250000.0),
    ("45.500", 45500.0),
    ("3.5", 3.5),  # a decimal fraction keeps its point
    ("12.75", 12.75),
    ("1,200", 1200.0),
])
def test_figure_number_reads_dotted_thousands(written, value):
    assert figure_number(written) == value


@pytest.mark.parametrize("text, low, high", [
    ("In three years of fighting about 100.000 persons died, the relief agencies estimated.", 85000, 115000),
    ("More than 45.000 refugees crossed the river into the neighbouring province.", 45000, float("inf")),
    ("Some 12.400 soldiers were killed in the spring offensive, the ministry said.", 10540, 14260),
])
def test_counts_with_dotted_thousands(pipeline, text, low, high):
    counts = claims_of(pipeline, text, "count")
    assert len(counts) == 1
    assert counts[0].low == pytest.approx(low, rel=1e-6) and counts[0].high == pytest.approx(high, rel=1e-6)


# -- who opened the hostilities ------------------------------------------------------------

@pytest.mark.parametrize("text, obj, doer", [
    ("The border war broke out on 3 March 1969, when Chinese troops opened fire on a Soviet patrol.", "war", "CHN"),
    ("March 3, 1932 - War breaks out after Bolivian troops attack the Paraguayan fort at the lake.", "war", "BOL"),
    ("Fighting along the river started on 14 July 1969, when Salvadoran aircraft bombed Honduran airfields.", "fighting", "SLV"),
    ("On 17.09.1939 the Soviet army invaded eastern Poland without provocation, with tanks and cavalry.", "hostilities", "SUN"),
])
def test_claims_who_opened_the_hostilities(pipeline, text, obj, doer):
    agents = claims_of(pipeline, text, "agent")
    assert [(c.topic, c.obj) for c in agents] == [(f"who started: {obj}", obj)]
    assert any(doer in k for k in agents[0].subject), agents[0].subject


@pytest.mark.parametrize("text", [
    "The war ended on 9 May 1945, when German troops laid down their arms.",  # an end, not a start
    "The war broke out when rebels attacked the capital.",  # a doer no state or name stands for
    "Chinese troops attacked a Soviet patrol on 3 March 1969.",  # no beginning, nothing unprovoked
    "The war broke out in 1969, and Chinese troops did not open fire until March.",  # negated act
])
def test_claims_no_opening_agent(pipeline, text):
    assert [c.topic for c in claims_of(pipeline, text, "agent") if c.topic.startswith("who started")] == []


# -- a person's birth and age when the knowledge base lacks the person --------------------------

@pytest.mark.parametrize("text, key, value", [
    ("Tomas Varga, born on 3 May 1931 in Budapest, became the party's first secretary.", "name:tomas varga", "3 May 1931"),
    ("Karel Novak, born in 1944 in Brno, led the union for twenty years.", "name:karel novak", "1944"),
    ("Lucia Ferreira was born on 12 June 1950 in Recife.", "name:lucia ferreira", "12 June 1950"),
])
def test_claims_birth_of_an_unknown_person(pipeline, text, key, value):
    births = [c for c in claims_of(pipeline, text, "attribute") if attribute_of(c) == "birth date"]
    assert [(c.subject, c.value) for c in births] == [([key], value)]


@pytest.mark.parametrize("text, key, age", [
    ("That night the 31-year-old pilot Marco Bellini was shot down over the lake.", "name:marco bellini", 31),
    ("Elena Sokolova, 58 years old, took the oath in the capital.", "name:elena sokolova", 58),
    ("The 24-year-old sergeant Pedro Alvarado was wounded at the bridge.", "name:pedro alvarado", 24),
])
def test_claims_age_written_before_or_after_the_name(pipeline, text, key, age):
    ages = [c for c in claims_of(pipeline, text, "attribute") if attribute_of(c) == "age"]
    assert [(c.subject, c.low) for c in ages] == [([key], age)]


@pytest.mark.parametrize("a, b, same", [
    ("name:isaias afwerki", "phx:isaias_afewerki", True),  # one letter more in a translation
    ("name:josé quiñones", "name:josé quiñones gonzales", True),  # the full name written shorter
    ("name:jose quinones", "name:josé quiñones", True),  # accents dropped
    ("name:robert kennedy", "name:john kennedy", False),  # one word in common is not one person
    ("name:kennedy", "name:john kennedy", False),  # a surname alone may be anyone's
    ("PRK", "name:kim il sung", False),  # a state's code names nobody
])
def test_same_person_name(a, b, same):
    assert same_person_name(a, b) is same


def _attribute(topic):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="", sentence_start=0, sentence_end=0,
                         kind="attribute", topic=topic, value="", start=0, end=0)


@pytest.mark.parametrize("topic, what", [
    ("when Tomas Varga was born", "birth date"),
    ("where Tomas Varga was born", "birthplace"),
    ("how old Tomas Varga was when killed", "age"),
    ("how old Tomas Varga was", "age"),
    ("what Tomas Varga did", "what Tomas Varga did"),
])
def test_attribute_of_topic(topic, what):
    assert attribute_of(_attribute(topic)) == what


# -- how much of a named whole ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, obj, names", [
    ("By August the rebel columns held all of Kivu province and had reached the lake.", "all", "province", ["kivu"]),
    ("Government troops occupied most of Tigray province and parts of Afar.", "most", "province", ["tigray"]),
    ("Within a month the invaders controlled the whole province of Shaba.", "whole", "province", ["shaba"]),
])
def test_claims_scope_of_a_named_whole(pipeline, text, value, obj, names):
    scopes = claims_of(pipeline, text, "scope")
    assert [(c.value, c.obj, c.where) for c in scopes] == [(value, obj, names)]


# -- an answer says the other side's act came first ----------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("Turkish jets bombed the villages on 2 May 1964, and Greek artillery shelled the harbour in retaliation.", "TUR"),
    ("March 9, 1969 - Chinese troops attack Damansky Island; Soviet gunners shell the Chinese bank in reply.", "CHN"),
    ("On 14 July Salvadoran aircraft struck Tegucigalpa, and Honduras responded the same day by bombing the port at Acajutla.", "SLV"),
])
def test_claims_answered_act_came_first(pipeline, text, doer):
    agents = [c for c in claims_of(pipeline, text, "agent") if c.topic == "who started: hostilities"]
    assert len(agents) == 1 and any(doer in k for k in agents[0].subject), [(c.topic, c.subject) for c in agents]


@pytest.mark.parametrize("text", [
    "The rebels shelled the capital in March, and the army responded with air strikes.",  # no doer a state
    "Greek artillery shelled the harbour in reply.",  # nothing answered in the sentence
    "Turkey responded to the note by recalling its ambassador.",  # no hostile act answered
])
def test_claims_answer_without_a_first_act(pipeline, text):
    assert [c for c in claims_of(pipeline, text, "agent") if c.topic == "who started: hostilities"] == []


# -- how long one war lasted, in two sources' words -------------------------------------------------

def _duration(obj, low, high, earliest, modifiers=(), where=(), sentence="x"):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence=sentence, sentence_start=0, sentence_end=0,
                         kind="duration", topic=f"how long: {obj}", value="", start=0, end=0, obj=obj,
                         low=low, high=high, earliest=earliest, latest=earliest, modifiers=list(modifiers),
                         where=list(where))


@pytest.mark.parametrize("a, b, same", [
    # the Chaco war: "the three-year war" (1935) / "the fighting lasted some forty months" (1933)
    (_duration("war", 913, 1278, "1935-06-12"), _duration("fighting", 1202, 1233, "1933-05-10"), True),
    # the Football war: "the war lasted four days" / "the fighting along the border lasted a week"
    (_duration("war", 3.5, 4.5, "1969-07-14"), _duration("fighting", 6.5, 7.5, "1969-07-18", where=["border"]), True),
    # the Winter war: "the war lasted 105 days" / "the war went on for three months" (both 1940)
    (_duration("war", 104.5, 105.5, "1940-03-13"), _duration("war", 76, 106, "1940-01-01"), True),
    # the tanker war is another war than the war
    (_duration("war", 2922, 3287, "1988-08-20"), _duration("war", 1278, 1643, "1987-05-01", modifiers=["tanker"]), False),
    # a battle's fighting of hours is not a war of years
    (_duration("war", 547, 913, "1999-01-01"), _duration("fighting", 0.4, 0.6, "1999-02-26"), False),
    # two wars a decade apart
    (_duration("war", 17.5, 24.5, "1995-02-01"), _duration("war", 31.5, 38.5, "1981-02-01"), False),
    # a siege is no war
    (_duration("war", 200, 300, "1941-01-01"), _duration("siege", 800, 900, "1941-06-01"), False),
    # undated: nothing tells which war
    (_duration("war", 17.5, 24.5, None), _duration("war", 31.5, 38.5, "1995-02-01"), False),
])
def test_same_war_duration(a, b, same):
    from chronica.chronicle.claim_conflicts import same_war_duration
    assert same_war_duration(a, b) is same


# -- one war's toll, in two sources' words ---------------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    ("The war broke out in 1932. It killed some 90,000 soldiers before the truce of June 1935.", "war"),
    ("The war had cost perhaps 300,000 lives by the time the armistice was signed in 1953.", "war"),
    ("About 2,000 people died in the conflict, which ended in 1969.", "conflict"),
])
def test_claims_toll_of_a_whole_war(pipeline, text, whole):
    counts = claims_of(pipeline, text, "count")
    assert [c.whole for c in counts] == [whole]


@pytest.mark.parametrize("text", [
    "The raid on the port killed 40 people in 1998.",  # one attack, not the war
    "The war began in 1932. The bombing of the fort killed 300 soldiers.",  # "it" is not written
    "It killed 12 people, the police said.",  # no sentence before: nothing for "it" to take up
])
def test_claims_toll_of_no_whole(pipeline, text):
    assert [c.whole for c in claims_of(pipeline, text, "count")] in ([], [None])


def _toll(low, high, earliest, whole="war", stated=False, latest=None):
    return SentenceClaim(document_id=1, sentence_idx=0, sentence="x", sentence_start=0, sentence_end=0,
                         kind="count", topic="dead", value="", start=0, end=0, low=low, high=high,
                         earliest=earliest, latest=latest or earliest, stated=stated, whole=whole)


@pytest.mark.parametrize("a, b, same", [
    # the Chaco war: "it killed some 90,000" (1935) / "the war had cost 60,000 lives" (1936)
    (_toll(76500, 103500, "1935-06-12"), _toll(57000, 63000, "1936-01-01"), True),
    # the Korean war: "the war had cost perhaps 3 million lives" / "the war killed 2 million" (1953)
    (_toll(2.85e6, 3.15e6, "1953-07-27"), _toll(1.9e6, 2.1e6, "1953-01-01", latest="1953-12-31"), True),
    # the Biafran war: "more than a million died in the war" / "the war killed 500,000" (1970)
    (_toll(1e6, float("inf"), "1970-01-15"), _toll(475000, 525000, "1970-01-01"), True),
    # two wars of one pair fourteen years apart
    (_toll(400, 600, "1981-02-01"), _toll(90, 100, "1995-02-01"), False),
    # a war and a conflict are not known to be one
    (_toll(400, 600, "1995-02-01"), _toll(90, 100, "1995-02-01", whole="conflict"), False),
    # a war's toll counted up to a written month ("before the truce of June 1935") is still the war's
    (_toll(85000, 115000, "1935-06-01", stated=True, latest="1935-06-30"), _toll(57000, 63000, "1935-07-01"), True),
    # figures of different orders: 2,000 and a million
    (_toll(1900, 2100, "1970-01-01"), _toll(1e6, float("inf"), "1970-01-15"), False),
    # undated: nothing tells which war
    (_toll(400, 600, None), _toll(90, 100, "1995-02-01"), False),
])
def test_same_war_toll(a, b, same):
    from chronica.chronicle.claim_conflicts import same_war_toll
    assert same_war_toll(a, b) is same
