"""Session 48 (happen48): exported events that were no reported happening, or dated wrongly. Sentences
written for these tests in the shape of the dev texts (no article text).

- ``happening_named_at_writing`` (``chronica/events/_dating.py``): a happening only named - its noun, with
  no verb of its own - took the date of writing from the present tense of its clause. It keeps it only
  when the clause tells it going on (the noun the subject of a light verb, a verb of outbreak or a
  copula, the object its clause acts on, or told by its own light participle). Dev texts: eriyem (a war
  that "has since changed the picture", dated at a memo's date), iraniraq (a river formed by "the
  meeting" of two others), chnphl (an analyst compares a pressure "to the seizure" of a reef), indmal
  (an obituary names the war a man ended), maresp (people sent back "under a readmission agreement"),
  isrlbn (a group acting "in support of" another), senmrt (a land reform that "favours" investors),
  srbkos (a refusal that "has defined" relations since). A truce "in force now", talks a state "has been
  hosting" keep the date of writing.
- ``asked_for_in_the_subjunctive`` (``chronica/events/checks.py``): a that-clause in the mandative
  subjunctive (its verb bare after a singular subject, no modal or tense) tells what someone demanded,
  recommended or insisted on, not a happening. Dev texts: eridji (a resolution demanded that a state
  withdraw its forces: exported as the withdrawal), senmrt (a cable recommends that a department
  encourage a mediator: exported as the encouragement), ugatan (a president insisted that an
  organisation first condemn an invasion: exported as the condemnation). A present, a past whose form is
  its base ("said that X cut ties"), a modal and a plural subject (a bare verb may then be a present) stay.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events
from tests.event_cases import events_of, show

DCT = "2021-06-01"

# (sentence, trigger, the date it has: None, or the date of writing)
NAMED = [
    ("The border war in Zambia has altered the whole picture again.", "war", None),
    ("The minister who negotiated the end of the border war between Zambia and Malawi died yesterday.", "war", None),
    ("Some analysts now compare the pressure on Malawi to the seizure of the reef by Zambia.", "seizure", None),
    ("About 400 migrants have already been returned to Malawi under a readmission agreement between Zambia and "
     "Malawi.", "agreement", None),
    ("Zambia's refusal to accept the ruling has shaped its relations with Malawi ever since.", "refusal", None),
    ("Zambia's land reform favours investors from Malawi.", "reform", None),
    ("The ceasefire between Zambia and Malawi is now in force.", "ceasefire", DCT),
    ("Kenya has been hosting talks between Zambia and Malawi.", "talks", DCT),
    ("Talks between Zambia and Malawi are now under way in Nairobi.", "Talks", DCT),
]


@pytest.mark.parametrize("text, trigger, date", NAMED)
def test_a_happening_named_takes_the_date_of_writing_only_when_told_going_on(pipeline, text, trigger, date):
    events = [e for e in events_of(pipeline, text, DCT) if e.trigger == trigger]
    assert events, show(events_of(pipeline, text, DCT))
    assert [e.date for e in events] == [date], [(e.trigger, e.date, e.date_source) for e in events]


def test_an_act_told_now_still_takes_the_date_of_writing(pipeline):
    events = [e for e in events_of(pipeline, "Zambia has invaded Malawi.", DCT) if e.type == "ASSAULT"]
    assert [e.date for e in events] == [DCT]


def _vetoes(full, text):
    trace = []
    events = extract_events(full(text), trace=trace)
    return events, {(c.anchor.text, c.vetoed_by) for c in trace}


# (sentence, the bare verb the check drops)
ASKED = [
    ("In 2009 the council adopted a resolution which demanded that Zambia withdraw its forces from the "
     "border.", "withdraw"),
    ("The consulate advises that the Ministry urge the Swiss envoy to bring both parties back to the table.", "urge"),
    ("The African Union tried to mediate, but Zambia insisted that the African Union first condemn the raid by "
     "Malawi.", "condemn"),
    ("The mediators tried again, but the Zambian president insisted that Malawi first withdraw its troops from "
     "the border.", "withdraw"),
]


@pytest.mark.parametrize("text, trigger", ASKED)
def test_a_clause_in_the_mandative_subjunctive_is_asked_for_not_done(full, text, trigger):
    events, vetoes = _vetoes(full, text)
    assert (trigger, "asked_for_in_the_subjunctive") in vetoes, vetoes
    assert trigger not in [e.trigger for e in events]


# (sentence, trigger kept)
TOLD = [
    ("Officials said that Zambia cut its ties with Malawi.", "cut its ties"),
    ("Officials say that Zambia attacks the border posts.", "attacks"),
    ("The minister said that Zambia would withdraw its troops from Malawi.", "withdraw"),
    ("Officials said that Zambia withdrew its forces from the border with Malawi in May.", "withdrew"),
]


@pytest.mark.parametrize("text, trigger", TOLD)
def test_a_clause_told_in_a_tense_or_with_a_modal_stays(full, text, trigger):
    events, vetoes = _vetoes(full, text)
    assert not any(name == "asked_for_in_the_subjunctive" for _, name in vetoes), vetoes
    assert trigger in [e.trigger for e in events], show(events)
