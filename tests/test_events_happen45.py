"""Session 45 (happen45): sentences that report no happening, judged by the clause's mood and its subject.
Sentences written for these tests in the shape of the dev texts (no article text).

- ``a_question_asked``: a polar question (auxiliary or copula before the subject, a question mark at the
  end) asks whether something happens. Dev texts: bgdmmr (a press briefing's question whether a minister
  will meet his counterpart), isrsyr (a member's questions in a parliamentary debate), idntls (an
  interview's question whether a state still wants to join a bloc). A tag question stays, and so does a
  wh-clause under a main clause of its own ("historians ask why ..."). A question standing as its own sentence
  with no main clause (opened by a wh-word or "whether", whatever its last mark) is one too: dev texts
  egysdn (a heading: what an agreement says), estrus (a heading: when did a state withdraw its signature),
  chnphl (a list of open questions: whether a bloc says anything at a meeting).
- ``the_readers_instruction``: an imperative bids the reader: its object, or the topic of its "on"
  phrase, is no happening reported. Dev texts: idntls (a footnote's "see also chapter ... on the
  killing"), usavnm (a note's "on the talks, see the hearings"), hunsvk (a recommendation to hand
  negotiations to a panel). A happening in a time phrase of an idiom ("after the fall ..., give or take")
  stays.
- ``told_by_a_record``: a work (the ontology's RECORDS: book, chapter, lecture, file, table, text ...)
  told in the simple present as what holds or tells of a happening. Dev texts: usavnm (a book follows a
  war), isrsyr (a chapter follows a frontier from an armistice), maresp (a table lists events up to a
  meeting), srbkos (neither text mentions recognition), chdsdn (a book comes alive with a battle),
  hunrou (a lecture follows a detention), franzl (a file holds a protest). A record in the past (a report
  that accused, a report handed over) stays, and so does a happening the work names with its own date
  (the dated happening referred to: the gold of chdsdn, idntls, lkaind, isrsyr cites such sentences).
- ``a_habit_in_the_present``: a simple present quantified over occasions (a frequency adverb, the time
  grammar's SET adverbs, a phrase of "every"/"each", "from time to time") tells a habit or a timetable.
  Dev texts: egysau (an airline's advert: flies daily), idntls (demonstrations occur from time to time),
  nplind (he speaks against us in every meeting). The past, and a present with no frequency, stay.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _vetoes(full, text):
    trace = []
    events = extract_events(full(text), trace=trace)
    return events, {(c.anchor.text, c.vetoed_by) for c in trace}


def _kept(events):
    return [(e.type, e.trigger) for e in events]


# (sentence, trigger word, the check that drops it)
DROPPED = [
    ("QUESTION (Morning Herald): Will the Prime Minister meet his Zambian counterpart in Harare?",
     "meet", "a_question_asked"),
    ("Does Malawi still want to join NATO, and will Zambia help?", "join", "a_question_asked"),
    ("Will the Foreign Secretary tell the House whether Chile is ready to sign the treaty with Peru?",
     "sign", "a_question_asked"),
    ("What the 1934 armistice between Zambia and Malawi says", "armistice", "a_question_asked"),
    ("When did Zambia withdraw its troops from the border", "withdraw", "a_question_asked"),
    ("Whether Zambia and Malawi sign the treaty at the November meeting.", "sign", "a_question_asked"),
    ("Who tells the story right, and why did Malawi sign the armistice with Zambia only in June 1934?",
     "sign", "a_question_asked"),
    ("See also Chapter 4.2 on the killing of Zambian soldiers.", "killing", "the_readers_instruction"),
    ("On the 1931 talks between Zambia and Malawi, see the hearings before the League Council.",
     "talks", "the_readers_instruction"),
    ("3. Hand the unresolved negotiations between Zambia and Malawi to a joint technical commission.", "negotiations",
     "the_readers_instruction"),
    ("Her book follows the war between Zambia and Malawi from the first skirmishes to the armistice.", "war",
     "told_by_a_record"),
    ("This chapter traces the border from the armistice between Zambia and Malawi to the present day.",
     "armistice", "told_by_a_record"),
    ("The file holds the Zambian protest and the Malawian reply.", "protest", "told_by_a_record"),
    ("The lecture follows the detention of the Zambian envoy by Malawi.", "detention", "told_by_a_record"),
    ("Lakeside Air flies daily from Harare to Lusaka and Ndola.", "flies", "a_habit_in_the_present"),
    ("Protests occur in Lusaka from time to time, often around the anniversary of the war.", "Protests",
     "a_habit_in_the_present"),
    ("The Zambian envoy now attacks Malawi in every meeting of the council.", "attacks",
     "a_habit_in_the_present"),
]


@pytest.mark.parametrize("text, word, check", DROPPED, ids=[f"{c[2]}-{c[1]}" for c in DROPPED])
def test_no_happening_is_dropped(full, text, word, check):
    events, vetoed = _vetoes(full, text)
    assert not [e for e in events if e.trigger.split()[0] == word or word in e.trigger.split()], _kept(events)
    assert (word, check) in vetoed, vetoed


# (sentence, the trigger word that stays an event)
KEPT = [
    ("Zambian troops attacked the Malawian fort at Kasoko in September 1931, didn't they?", "attacked"),
    ("Historians still ask why Malawi signed the armistice with Zambia in June 1934.", "signed"),
    ("When Zambian troops attacked the Malawian fort in 1931, Malawi mobilised its army.", "attacked"),
    ("When the government of President Mwale moved the garrison from Kasoko in July 1931, two nights of "
     "fighting followed, and a Malawian officer was killed.", "moved"),
    ("What diplomacy could not achieve, the Zambian invasion of Malawi did.", "invasion"),
    ("Twenty years after the invasion of Malawi by Zambia, give or take a few months.", "invasion"),
    ("In 2010 the commission's report accused Zambia of attacking the fort.", "accused"),
    ("The book closes with the Zambian president's visit to Malawi in July 2023.", "visit"),
    ("The chapter ends with the Malawian envoy's arrest in Lusaka in March 1998.", "arrest"),
    ("The file closes with the Zambian minister's talks in Malawi in May 1977.", "talks"),
    ("Zambian troops attacked the Malawian fort at Kasoko in September 1931.", "attacked"),
    ("Protests broke out in Lusaka in June 1931, often around the barracks.", "Protests"),
    ("1931 - Zambia attacks the Malawian fort at Kasoko.", "attacks"),
]


@pytest.mark.parametrize("text, word", KEPT, ids=[c[1] for c in KEPT])
def test_a_happening_stays(full, text, word):
    events, vetoed = _vetoes(full, text)
    ours = {"a_question_asked", "the_readers_instruction", "told_by_a_record", "a_habit_in_the_present"}
    assert not [v for v in vetoed if v[0] == word and v[1] in ours], vetoed
