"""Answers read from the sentences (chronica.ask.reading) and the question-parse rules they rely
on: case tables. The store is the bundled example (examples/suez); to test the reading alone, the
asker is given a chronicle without events, so that every answer below is read from a sentence.
Sentences and questions here are the project's own."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from test_chronicle_data import needs_minilm

from chronica.ask import NOT_FOUND, open_asker, parse
from chronica.ask.answer import Asker
from chronica.ask.question import parse_plain
from chronica.ask.question import QuestionActor
from chronica.ask.reading import Reading, _governs, _is, _of_family, _predicative, choose_date, fold, related
from chronica.events.model import SOURCE, TARGET
from chronica.store import Store


@pytest.mark.parametrize("a, b, same", [
    ("invade", "invasion", True),  # one ontology form, three letters in common
    ("independent", "independence", True),  # a long common beginning
    ("recognise", "recognition", True),
    ("recognise", "recognize", True),  # spellings
    ("sink", "sinking", True),  # one begins the other
    ("occupy", "occupation", True),
    ("elect", "election", True),
    ("attack", "invade", False),  # one type, no common word
    ("war", "warn", False),  # too short to begin another
    ("support", "recognise", False),  # one ontology form, no common beginning
    ("die", "death", False),
])
def test_reading_related_words(a, b, same):
    assert related(a, b) is same
    assert related(b, a) is same


def _reading(value: str, start: str, end: str) -> Reading:
    return Reading(sentence=None, negated=False, date=value,  # type: ignore[arg-type]
                   date_span=(date.fromisoformat(start), date.fromisoformat(end)))


@pytest.mark.parametrize("readings, chosen, agreeing", [
    # the most precise of dates that agree: "March 1964" over "1964"
    ([("1964", "1964-01-01", "1964-12-31"), ("1964-03", "1964-03-01", "1964-03-31"),
      ("1964-03", "1964-03-01", "1964-03-31")], "1964-03", 3),
    # the date most sentences agree with, not the first
    ([("1989", "1989-01-01", "1989-12-31"), ("1991-12", "1991-12-01", "1991-12-31"),
      ("1991", "1991-01-01", "1991-12-31")], "1991-12", 2),
    # one sentence: its date
    ([("2008-08-26", "2008-08-26", "2008-08-26")], "2008-08-26", 1),
])
def test_reading_choose_date(readings, chosen, agreeing):
    value, agree = choose_date([_reading(*r) for r in readings])
    assert value == chosen
    assert len(agree) == agreeing


@pytest.mark.parametrize("text, name, role", [
    ("When did the anti-Greek riots in Istanbul happen?", "GRC", TARGET),
    ("Who organised the anti-American protests?", "USA", TARGET),
    ("When did the anti-Japanese boycott begin?", "JPN", TARGET),
    ("When did Greek troops land?", "GRC/military", SOURCE),  # no prefix: the doer
])
def test_ask_parse_name_under_anti_is_the_target(text, name, role):
    roles = {a.actor_id: a.role for a in parse(text).actors}
    assert roles.get(name) == role


@pytest.mark.parametrize("text, dating", [
    ("Who was made president after the coup?", "COERCE"),
    ("Who resigned after the invasion of Portugal?", "ASSAULT"),
    ("Who became prime minister during the war?", "ASSAULT"),
])
def test_ask_parse_event_that_dates_another_is_no_trigger(text, dating):
    q = parse(text)
    assert dating not in q.types
    assert dating in q.context_types


@pytest.mark.parametrize("text, kind", [
    ("On what date did the Chilean envoy reach Lima?", "when"),
    ("In which year did Sweden join the alliance?", "when"),
    ("What month did the Ghanaian army leave Togo?", "when"),
    ("What did the Chilean envoy bring to Lima?", "what"),  # no time noun: what
    ("Which country did Sweden join?", "who"),
])
def test_ask_parse_question_word_on_a_time_noun_asks_when(text, kind):
    assert parse(text).kind == kind


@pytest.mark.parametrize("text, place, ids", [
    ("When was the Algiers peace agreement between Chad and Libya signed?", "algiers", {"TCD", "LBY"}),
    ("When was the Moscow treaty between Norway and Sweden signed?", "moscow", {"NOR", "SWE"}),
    ("When was the Lima accord between Chile and Bolivia signed?", "lima", {"CHL", "BOL"}),
])
def test_ask_parse_place_naming_an_event_is_no_participant(text, place, ids):
    q = parse(text)
    assert place in q.places
    assert {a.actor_id for a in q.actors} == ids


@pytest.mark.parametrize("text, name, ids", [
    # a name the knowledge base does not know whose head word is an event noun names the event
    # asked about: a sentence about it names it ("they signed [the Tarvia Agreement]"), it does
    # not sign it (as the doer, it kept every sentence of the object position out)
    ("When was the Tarvia Agreement signed?", "tarvia agreement", set()),
    ("When was the Marlow Peace Agreement signed?", "marlow peace agreement", set()),
    ("When did the Reed War between Chad and Libya break out?", "reed war", {"TCD", "LBY"}),
])
def test_ask_parse_name_of_the_event_is_no_participant(text, name, ids):
    q = parse(text)
    assert name in q.places
    assert {a.actor_id for a in q.actors} == ids
    assert not any(name in a.text.casefold() for a in q.actors)


@pytest.mark.parametrize("text, kept, dropped", [
    ("Did a Chilean minister visit Peru before the Pacific War?", {"CHL", "PER"}, "Pacific War"),
    ("Did Ghana recognise Togo after the Lome Conference?", {"GHA", "TGO"}, "Lome Conference"),
    ("Did Sweden sign the accord with Norway during the Baltic Crisis?", {"SWE", "NOR"}, "Baltic Crisis"),
])
def test_ask_parse_name_that_dates_the_event_is_no_participant(text, kept, dropped):
    q = parse(text)
    assert kept <= {a.actor_id for a in q.actors}
    assert not any(dropped.casefold() in a.text.casefold() for a in q.actors)


@pytest.mark.parametrize("text, ids", [
    ("When was the accord between Chad and Libya agreed?", {"TCD", "LBY"}),
    ("When was the treaty between Norway and Sweden concluded?", {"NOR", "SWE"}),
    ("When was the truce between Ghana and Togo agreed?", {"GHA", "TGO"}),
])
def test_ask_parse_event_noun_of_the_same_class_keeps_its_actors(text, ids):
    """ "agree [the accord between X and Y]": the accord is the act agreed, its parties the
    question's; "approve [the invasion of X]" (another class) keeps X as context only."""
    assert ids <= {a.actor_id for a in parse(text).actors}


def test_ask_parse_approving_an_invasion_keeps_the_target_as_context():
    assert "KOR" not in {a.actor_id for a in parse("Did Stalin approve the invasion of South Korea?").actors}


@pytest.mark.parametrize("text, person", [
    ("When did Anthony Eden resign?", True),
    ("When did the Cenepa War begin?", False),
    ("When was the Rio Protocol signed?", False),
    ("When did the Taba Summit open?", False),
])
def test_ask_parse_only_a_person_goes_by_the_last_word(text, person):
    q = parse(text)  # (a war or a summit of its own name is no actor at all: the event asked)
    assert any(a.person for a in q.actors) is person


@pytest.mark.parametrize("mention, exact, own", [
    ({"actor_id": "osman_saleh", "country": "ERI", "kind": "person"}, True, False),  # Eritrea's minister
    ({"actor_id": "juan_peron", "country": "ARG", "kind": "person"}, True, False),
    ({"actor_id": "nikita_khrushchev", "country": "SUN", "kind": "person"}, True, False),
    ({"actor_id": "ARG/military", "country": "ARG", "kind": "armed_force"}, False, True),  # its army
    ({"actor_id": "ERI", "country": None, "kind": "state"}, True, True),  # the state itself
])
def test_reading_a_person_of_the_asked_state_is_someone_else(mention, exact, own):
    actors = {"ERI": "Eritrea", "ARG": "Argentina", "SUN": "Soviet Union"}
    state = mention["country"] or mention["actor_id"]
    actor = QuestionActor(state, actors[state], actors[state], TARGET)
    assert _is(actor, dict(mention, text=""), exact=exact) is own


@pytest.mark.parametrize("text, verb, context", [
    ("Did the war change the border between Chad and Libya?", "change", "ASSAULT"),
    ("Did the invasion cause a crisis in Togo?", "cause", "ASSAULT"),
    ("Did the embargo hurt the Chilean economy?", "hurt", "SANCTION"),
])
def test_ask_parse_an_uncoded_act_of_an_event_is_not_the_event(text, verb, context):
    """The question asks about the root verb's act; the event its subject names is context."""
    q = parse(text)
    assert q.types == [] and context in q.context_types
    assert q.doc[q.main].lemma_ == verb


@pytest.mark.parametrize("text, kind", [("When did the war begin?", "ASSAULT"),
                                        ("When did the clashes escalate?", "ASSAULT"),
                                        ("When did the rebellion spread?", "ASSAULT"),  # an armed rising is fighting (force43)
                                        ("When did North Korea invade South Korea?", "ASSAULT")])
def test_ask_parse_a_phase_of_the_event_is_the_event(text, kind):
    assert kind in parse(text).types


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Two weeks later the rebels retook the town.", "retook", "retake"),
    ("The appeals court upheld the ruling in 1994.", "upheld", "uphold"),
    ("The army overran the border posts.", "overran", "overrun"),
    ("Ghana withdrew its envoy.", "withdrew", "withdraw"),
])
def test_reading_irregular_form_is_of_its_lemmas_family(sentence, word, lemma):
    token = next(t for t in parse_plain([sentence])[0] if t.text == word)
    assert _of_family(lemma, token)


@pytest.mark.parametrize("text, dropped, kept", [
    ("Who fired the first shots of the Eritrean armed struggle in 1961?", "ERI", set()),
    ("Who designed the flag of the Cypriot republic?", "CYP", set()),
    ("Who wrote the history of the Korean war?", "KOR", set()),
    ("Who led the Eritrean delegation to Addis Ababa?", None, {"ERI"}),  # the object's own adjective
    ("What happened between the North Korean and Soviet leaders in 1960?", None, {"PRK", "SUN"}),
])
def test_ask_parse_adjective_describing_a_thing_is_no_participant(text, dropped, kept):
    ids = {a.actor_id for a in parse(text).actors}
    assert dropped not in ids and kept <= ids


@pytest.mark.parametrize("a, b", [("Río de Janeiro", "rio de janeiro"), ("Brasília", "brasilia"),
                                  ("Badmé", "badme"), ("Mahuad", "mahuad")])
def test_reading_fold_drops_case_and_accents(a, b):
    assert fold(a) == b


@pytest.mark.parametrize("sentence, word, predicative", [
    ("Ruth Hale was declared provisional president of the council.", "president", True),
    ("The assembly elected Tom Ashby as president.", "president", True),
    ("Soldiers overthrew the president in a coup.", "president", False),
    ("She became leader of the party in 1990.", "leader", True),
])
def test_reading_predicative_noun(sentence, word, predicative):
    doc = parse_plain([sentence])[0]
    token = next(t for t in doc if t.lower_ == word)
    assert _predicative(token) is predicative


@pytest.fixture(scope="module")
def reader_only(suez_db):
    """An asker over the example store whose chronicle has no events: it can only read."""
    with Store(suez_db) as store:
        asker = open_asker(store)
        chronicle = dataclasses.replace(asker.chronicle, events=[], disagreements=[])
        yield Asker(chronicle, asker.index, claims=[], reader=asker.reader)


# (question, verdict, answer contains, a cited sentence contains)
READ = [
    ("When did Nasser nationalise the canal?", "answered", "26 July 1956", "nationalised"),
    ("When did Israeli forces cross into the Sinai?", "answered", "29 October 1956", "crossed into the Sinai"),
    ("When did the canal reopen?", "answered", "April 1957", "reopened"),
    ("When did the landings at Port Said take place?", "answered", "November 1956", "landings at Port Said"),
    ("Who warned Britain and France?", "answered", "Bulganin", "warned"),
    ("Did Eisenhower support the invasion?", "answered", "no", "would not support"),
    ("When did Eden visit Moscow?", "not found", NOT_FOUND, None),
    ("Did Egypt invade France?", "not found", NOT_FOUND, None),
]


@needs_minilm
@pytest.mark.parametrize("question, verdict, contains, cited", READ)
def test_reading_answers(reader_only, question, verdict, contains, cited):
    answer = reader_only.ask(question)
    assert answer.verdict == verdict, answer.text
    assert contains in answer.text
    if cited is None:
        assert answer.citations == []
    else:
        assert any(cited in c.sentence for c in answer.citations), answer.citations


# the question's verb is not the sentence's: read by nearly all its other content words (when)
BY_CONTENT = [
    ("When did the canal blocked by sunken ships open again?", "April 1957", "blocked by sunken ships"),
    ("When did the United States and Britain propose loans for a great dam at Aswan?", "1955",
     "offered loans"),
]


@needs_minilm
@pytest.mark.parametrize("question, contains, cited", BY_CONTENT)
def test_reading_when_by_content_words(reader_only, question, contains, cited):
    answer = reader_only.ask(question)
    assert answer.verdict == "answered", answer.text
    assert contains in answer.text
    assert any(cited in c.sentence for c in answer.citations), answer.citations


@pytest.mark.parametrize("claim, verdict", [
    ("Nasser nationalised the Suez Canal Company in 1956.", "supported"),
    ("Nasser nationalised the Suez Canal Company in 1960.", "contradicted"),
    ("Egypt invaded Israel in 1956.", "not found"),
])
@needs_minilm
def test_reading_checks(reader_only, claim, verdict):
    assert reader_only.check(claim).verdict == verdict


@pytest.mark.parametrize("text", [
    "When did the Korean War end?",
    "When did the civil war finish?",
    "When did the five-day war end?",
])
def test_ask_parse_the_end_of_an_event_is_not_the_event(text):
    """The chronicle dates an event by its start: asked when it ended, the question names no
    event of its own and is read at the ending verb."""
    q = parse(text)
    assert "ASSAULT" not in q.types
    assert q.doc[q.main].lemma_.lower() in ("end", "finish")



@pytest.fixture(scope="module")
def full_asker(suez_db):
    with Store(suez_db) as store:
        yield open_asker(store)


@needs_minilm
@pytest.mark.parametrize("question, verdict, contains", [
    # a name the question gives must be in the sentence that answers it (or just before it):
    # these people are in the example's texts, but nobody attacks them
    ("Who assassinated Hanrahan?", "not found", NOT_FOUND),
    ("Who killed Kyle?", "not found", NOT_FOUND),
    ("Who invaded Ruritania?", "not found", NOT_FOUND),  # in no text
    ("Who attacked Egypt?", "answered", "Israel"),  # a state the knowledge base knows
    # an act the chronicle does not code, at no time: not every event of the actor
    ("What discovery did Egypt cite?", "not found", NOT_FOUND),
    ("What did Britain regret?", "not found", NOT_FOUND),
    ("What did Israel conceal?", "not found", NOT_FOUND),
])
def test_ask_names_the_question_gives_must_be_read(full_asker, question, verdict, contains):
    answer = full_asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert contains in answer.text


def _event(eid: str, trigger: str, etype: str = "AGREE") -> "ChronicleEvent":
    from chronica.chronicle.model import ChronicleEvent
    from chronica.events.model import EventMention

    mention = EventMention(document_id=1, sentence_idx=0, sentence=trigger, sentence_start=0,
                           sentence_end=len(trigger), type=etype, intensity=0.0, trigger=trigger,
                           trigger_start=0, trigger_end=len(trigger))
    return ChronicleEvent(eid, etype, None, None, None, None, None, [], "", 0.0, "asserted", 1.0,
                          [mention])


@pytest.mark.parametrize("question, triggers, kept", [
    ("When was the peace agreement between Chad and Libya signed?",  # read at "sign ... agreement"
     ["sign a ceasefire", "met", "signed"], {"e0", "e2"}),
    ("When did Ghana invade Togo?", ["attacked", "invasion", "shelled"], {"e1"}),
    ("When did Sweden recognise Norway?", ["recognition", "recognised", "met"], {"e0", "e1"}),
    ("When did Chile sign the treaty?", ["talks", "meeting"], {"e0", "e1"}),  # none with it: all
])
def test_ask_events_stated_with_the_questions_word_first(question, triggers, kept):
    from chronica.ask.answer import _same_word

    events = [_event(f"e{i}", t) for i, t in enumerate(triggers)]
    assert {e.id for e in _same_word(events, parse(question))} == kept


@pytest.mark.parametrize("text, verb", [
    ("Who led the junta that invaded the islands?", "lead"),
    ("Who commanded the army that invaded Ecuador in 1941?", "command"),
    ("Who headed the government that attacked the neighbouring state?", "head"),
])
def test_ask_parse_an_event_in_a_relative_clause_of_the_object_only_says_which(text, verb):
    """The question asks about the root verb's act; the relative clause tells which junta,
    army or government: its event is context."""
    q = parse(text)
    assert q.doc[q.main].lemma_ == verb and q.types == [] and "ASSAULT" in q.context_types


@pytest.mark.parametrize("sentence, word, thing, done_to", [
    ("Argentine forces, under the military junta led by General Galtieri, invaded the islands.", "led", "junta", True),
    ("The British government, led by Margaret Thatcher, sent a task force.", "led", "junta", False),
    ("The attack had been ordered by the prime minister.", "ordered", "attack", True),
    ("The prime minister ordered a blockade of the port.", "ordered", "attack", False),
    ("The chairman of the commission, Judge Ortiz, announced the ruling.", "announced", "ruling", True),
    ("The announcement of the ruling came in May.", "announcement", "ruling", True),
])
def test_reading_predicate_done_to_the_questions_thing(sentence, word, thing, done_to):
    """A who-question's object ("who led [the junta]") picks, among sentences holding its verb,
    those where the act is done to that thing."""
    doc = parse_plain([sentence])[0]
    head = next(t for t in doc if t.text == word)
    assert _governs(head, thing) is done_to
