"""Event extraction over hand-written sentences: each construction the extractor must handle.

Actors come from the spaCy entities (resolved through the knowledge base when the actors stage
is installed) and time from ``chronica.time.tag``; a few tests pass stand-in time expressions.
"""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import (
    ASSERTED, HEDGED, NEGATED, PLANNED, POSSIBLE, REFUSED, REPORTED, SOURCE, TARGET,
)


@pytest.fixture(scope="module")
def events(nlp):
    cache: dict[tuple, list] = {}

    def run(text: str, **kwargs):
        key = (text, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = extract_events(nlp(text), **kwargs)
        return cache[key]

    return run


def one(evs, etype):
    hits = [e for e in evs if e.form == etype]
    assert hits, f"no {etype} in {[(e.form, e.summary) for e in evs]}"
    return hits[0]


def names(event, role):
    return [p.name for p in event.actors(role)]


# --- who did what to whom ---------------------------------------------------------------------


def test_active_verb(events):
    e = one(events("Germany invaded Poland on 1 September 1939."), "INVADE")
    assert names(e, SOURCE) == ["Germany"] and names(e, TARGET) == ["Poland"]
    assert e.trigger == "invaded" and e.intensity <= -8
    assert e.summary == "Germany invades Poland"
    assert e.date == "1939-09-01" and e.date_source == "sentence" and e.precision == "day"
    assert e.modality == ASSERTED


def test_passive_voice_swaps_roles(events):
    e = one(events("Poland was invaded by Germany in 1939."), "INVADE")
    assert names(e, SOURCE) == ["Germany"] and names(e, TARGET) == ["Poland"]


def test_passive_without_agent_keeps_target(events):
    e = one(events("Kuwait was invaded in 1990."), "INVADE")
    assert names(e, TARGET) == ["Kuwait"] and not e.actors(SOURCE)
    assert e.summary == "Kuwait invaded"


def test_coordinated_sources(events):
    e = one(events("Egypt and Syria attacked Israel in 1973."), "ASSAULT")
    assert names(e, SOURCE) == ["Egypt", "Syria"] and names(e, TARGET) == ["Israel"]
    assert e.summary == "Egypt and Syria attack Israel"


def test_coordinated_targets(events):
    e = one(events("Germany attacked Belgium and France in 1914."), "ASSAULT")
    assert names(e, TARGET) == ["Belgium", "France"]


def test_signing_a_treaty_is_an_agreement(events):
    e = one(events("Russia and China signed a treaty in 2001."), "AGREE")
    # a joint act: the first written is its source, the other its recipient (``_targets.joint_recipient``)
    assert names(e, SOURCE) == ["Russia"] and names(e, TARGET) == ["China"] and e.date == "2001"


def test_object_control_gives_the_subject(events):
    """The one ordered is the order's target; what it was ordered to do is the order's content,
    not an attack that happened (PLOVER codes the demand)."""
    evs = events("In 1962 Khrushchev ordered Cuba to attack Haiti.")
    order = one(evs, "DEMAND")
    assert names(order, TARGET) == ["Cuba"] and order.date == "1962"
    assert not [e for e in evs if e.form == "ASSAULT" and e.modality == ASSERTED]


def test_relative_clause_subject(events):
    evs = events("It was Khrushchev who ordered Cuba to attack Haiti in 1962.")
    order = one(evs, "DEMAND")
    assert order.actors(SOURCE)[0].text == "Khrushchev" and names(order, TARGET) == ["Cuba"]
    assert not [e for e in evs if e.form == "ASSAULT" and e.modality == ASSERTED]


def test_agent_noun_stands_for_its_state(events):
    e = one(events("Chinese soldiers attacked India in 1962."), "ASSAULT")
    assert names(e, SOURCE) == ["China"] and e.actors(SOURCE)[0].text == "soldiers"


# --- nominal events ---------------------------------------------------------------------------


def test_nominal_with_of_and_by(events):
    e = one(events("The invasion of Poland by Germany shocked Europe."), "INVADE")
    assert names(e, SOURCE) == ["Germany"] and names(e, TARGET) == ["Poland"]


def test_nominal_possessive_and_destination(events):
    e = one(events("Nixon's visit to China in 1972 changed the Cold War."), "VISIT")
    assert e.actors(SOURCE)[0].text == "Nixon" and names(e, TARGET) == ["China"]
    assert e.date == "1972" and e.form == "VISIT"


def test_nominal_fall_is_a_collapse(events):
    e = one(events("The fall of the Soviet Union in 1991 ended the Cold War."), "COLLAPSE")
    assert names(e, SOURCE) == ["Soviet Union"] and e.date == "1991"
    assert e.summary == "Soviet Union collapses"


def test_nominal_in_a_fronted_phrase(events):
    evs = events("After Germany's surrender on May 8, 1945, the Allies occupied Berlin.")
    e = one(evs, "SURRENDER")
    assert names(e, SOURCE) == ["Germany"] and e.date == "1945-05-08"
    assert e.summary == "Germany surrenders"


def test_demonym_modifier_is_the_source(events):
    e = one(events("The Russian invasion of Ukraine began in 2022."), "INVADE")
    assert names(e, SOURCE) == ["Russia"] and names(e, TARGET) == ["Ukraine"] and e.date == "2022"


# --- state events -----------------------------------------------------------------------------


def test_became_a_state(events):
    e = one(events("Kenya became a state in 1963."), "FOUND_STATE")
    assert names(e, SOURCE) == ["Kenya"] and e.date == "1963"


def test_described_as_a_state_is_not_founding(events):
    assert not [e for e in events("Russia wanted to become a European state.") if e.form == "FOUND_STATE"]


def test_became_leader(events):
    e = one(events("Nelson Mandela became the leader of South Africa in 1994."), "TAKE_OFFICE")
    assert names(e, SOURCE) == ["Nelson Mandela"] and e.date == "1994"


def test_elected_passive_takes_office(events):
    e = one(events("In 1961 John F. Kennedy was elected president."), "TAKE_OFFICE")
    assert e.actors(SOURCE) and e.actors(SOURCE)[0].kind == "person"


def test_installed_by_an_agent(events):
    e = one(events("In 1979 the Soviet Union installed Babrak Karmal as leader."), "TAKE_OFFICE")
    assert names(e, SOURCE) == ["Soviet Union"] and e.actors(TARGET)[0].kind == "person"
    assert e.summary == "Soviet Union installs " + e.actors(TARGET)[0].name


def test_died(events):
    e = one(events("Gandhi died in 1948."), "DIE")
    assert e.actors(SOURCE)[0].text == "Gandhi" and e.date == "1948" and e.intensity == 0


def test_collapse(events):
    e = one(events("The Ottoman Empire collapsed in 1922."), "COLLAPSE")
    assert e.date == "1922" and e.summary.endswith("collapses")


def test_succeeded_by(events):
    evs = events("In 1970 Nasser died and was succeeded by his deputy Anwar Sadat.")
    e = one(evs, "TAKE_OFFICE")
    assert e.actors(SOURCE)[0].text == "Anwar Sadat" and e.actors(TARGET)[0].text == "Nasser"
    assert one(evs, "DIE").actors(SOURCE)[0].text == "Nasser"


# --- light verbs ------------------------------------------------------------------------------


def test_gave_approval(events):
    e = one(events("In 1941, Roosevelt gave his approval to Stalin."), "AGREE")
    assert e.actors(SOURCE)[0].text == "Roosevelt" and e.actors(TARGET)[0].text == "Stalin"
    assert e.summary == f"Roosevelt approves ({e.actors(TARGET)[0].name})"
    assert e.trigger == "gave his approval" and e.date == "1941"


def test_green_light(events):
    e = one(events("De Gaulle gave Adenauer the green light in 1963."), "AGREE")
    assert e.actors(TARGET)[0].text == "Adenauer" and e.date == "1963"


def test_declared_war(events):
    # a declaration of war is said, not fought: PLOVER THREATEN violence, CAMEO 138 (session 44, type44;
    # it was FIGHT, ASSAULT, before)
    e = one(events("Germany declared war on Russia in 1914."), "THREATEN")
    assert names(e, SOURCE) == ["Germany"] and names(e, TARGET) == ["Russia"] and (e.type, e.mode, e.cameo) == (
        "THREATEN", "violence", "138")


def test_arms_sale_is_military_aid(events):
    e = one(events("Russia sold weapons to India in 1990."), "AID")
    assert e.subtype == "military" and names(e, TARGET) == ["India"]


def test_stopped_supplying_reduces(events):
    e = one(events("In 1991 Moscow stopped selling oil to Cuba."), "REDUCE")
    assert names(e, TARGET) == ["Cuba"] and e.date == "1991"


# --- modality ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        ("France did not invade Spain in 1950.", "INVADE", NEGATED),
        ("Britain refused to sign the treaty in 1957.", "REJECT", REFUSED),  # PLOVER codes the refusal
        ("Japan will visit Peru in 2030.", "VISIT", PLANNED),
        ("Brazil plans to visit Chile.", "VISIT", PLANNED),
        ("Egypt could attack Israel.", "ASSAULT", POSSIBLE),
        ("Italy reportedly attacked Greece in 1940.", "ASSAULT", HEDGED),
        ("Iraq allegedly attacked Kuwait.", "ASSAULT", HEDGED),
        ("Chile is believed to have attacked Peru.", "ASSAULT", HEDGED),
        ("Sweden said that Norway attacked Finland in 1940.", "ASSAULT", REPORTED),
    ],
)
def test_modality(events, text, etype, modality):
    assert one(events(text), etype).modality == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a clause before a semicolon is a main clause: the saying, hedge or source after it is
        # the other clause's (modelled on moralg, sudssd, guyven, rwacod)
        ("On 25 August 2021 Algeria recalled its ambassador from Morocco; its foreign minister accused Rabat of hostile acts.",
         "recalled", ASSERTED),
        ("In 2012 Khartoum asked for high transit fees; Juba said that was excessive.", "asked", ASSERTED),
        ("In January 1969 ranchers staged an armed uprising; Georgetown accused Caracas of arming them.", "staged", ASSERTED),
        ("Algeria rushed troops west and asked Cairo for help; Egyptian officers were reportedly captured by Moroccan units.",
         "asked", ASSERTED),
        ("Algeria rushed troops west and asked Cairo for help; Egyptian officers were reportedly captured by Moroccan units.",
         "captured", HEDGED),
        ("In 1976 Moroccan troops attacked Algerian units at Amgala; 100 soldiers were captured, according to Moroccan figures.",
         "attacked", ASSERTED),
        ("In 1976 Moroccan troops attacked Algerian units at Amgala; 100 soldiers were captured, according to Moroccan figures.",
         "captured", REPORTED),
        # a participle on a report noun is no clause it reports (modelled on ethiopia, perecuador, grctur)
        ("The treaty was signed in Algiers in December 2000, in talks brokered by the Organisation of African Unity.",
         "brokered", ASSERTED),
        # ... and a clause before a colon: what follows it elaborates, its saying is its own
        # (the shape of sentences in blrrus, latrus, tzamwi)
        ("Oslo backed the rebel leader: in the spring of 1994 its premier said that arms would follow.",
         "backed", ASSERTED),
        ("In March the cabinet expelled the consul: on 4 March the foreign ministry announced that his mission was closed.",
         "expelled", ASSERTED),
        ("Chile recalled its ambassador from Peru: on 2 June the minister told parliament that the talks were over.",
         "recalled", ASSERTED),
        ("The army shelled the port: a spokesman said later that the guns had been aimed at depots.",
         "shelled", ASSERTED),
        # still reported: the saying governs the clause
        ("Iraqi jets bombed the town, the ministry said.", "bombed", REPORTED),
        ("The minister said: the army shelled the town.", "shelled", REPORTED),
        ("Sweden said that Norway attacked Finland in 1940; Norway denied it.", "attacked", REPORTED),
    ],
)
def test_modality_stops_at_a_semicolon(full, text, trigger, modality):
    evs = extract_events(full(text))
    hits = [e for e in evs if e.trigger.split()[0] == trigger]
    assert hits and hits[0].modality == modality, [(e.trigger, e.modality) for e in evs]


def test_refusal_alone_is_a_rejection(events):
    e = one(events("Churchill refuses."), "REJECT")
    assert e.modality == REFUSED and e.summary.endswith("refuses")


def test_rejected_the_request(events):
    e = one(events("Germany rejected the request in 1990."), "REJECT")
    assert e.modality == REFUSED and names(e, SOURCE) == ["Germany"]


def test_reported_speech_attribution(events):
    e = one(events("Sweden said that Norway attacked Finland in 1940."), "ASSAULT")
    assert e.attribution == "Sweden" and names(e, SOURCE) == ["Norway"]


def test_pronoun_in_reported_speech_is_the_speaker(events):
    e = one(events("Turkey said it will not attack Syria."), "ASSAULT")
    assert names(e, SOURCE) == ["Turkey"] and e.modality == NEGATED and e.attribution == "Turkey"


# --- precision guards -------------------------------------------------------------------------


def test_no_actor_no_event(events):
    assert events("The economy collapsed in 2008.") == []


def test_goods_without_recipient_are_not_aid(events):
    assert not events("The Italian economy provided new jobs for young people.")


def test_question_is_not_a_demand(events):
    assert not [e for e in events('Jane Smith asked: "What is the benefit?"') if e.form == "DEMAND"]


def test_light_verb_is_not_an_event_of_its_own(events):
    evs = events("Turkey struck a deal with Russia in 2001.")
    assert [e.form for e in evs] == ["AGREE"]
    assert names(evs[0], SOURCE) == ["Turkey"] and names(evs[0], TARGET) == ["Russia"]


def test_a_description_is_not_an_event(events):
    assert events("China is the main trading partner of Vietnam.") == []


def test_declining_to_comment_is_no_rejection(events):
    assert events("Germany declined to comment.") == []


def test_verbal_attack_is_criticism(events):
    e = events("Angela Merkel attacked the plan as reckless.")[0]
    assert e.form == "DISAPPROVE"


def test_falling_into_hands_is_no_collapse(events):
    assert not [e for e in events("The oil field could fall into the hands of Russia.") if e.form == "COLLAPSE"]


def test_relations_need_the_other_side(events):
    assert events("General Motors is recalling 20,000 cars.") == []
