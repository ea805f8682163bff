"""A definite agent noun refers back to the body named before it (round 40, actors).

Rule 7 of ``chronica.actors.agents`` (``_named_before``): "the court", "the tribunal" with no
owner of its own is the last body the document named with the same head noun ("the International
Court of Justice ... the court ordered", "the International Tribunal for the Law of the Sea ...
the tribunal heard"), resolved or not - not a bare sector noun with no actor (the doer judges
found unplaceable), nor the one state its sentence names ("the court ordered Caracas" made the
court Venezuela's). The shapes come from dev texts of guyven and argury (the International Court
of Justice named, then "the court" orders or rules), bgdmmr and malsgp (the Law of the Sea
tribunal named, then "the tribunal" hears or declines), haidom (a constitutional court named,
then "the court" rules); the sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show

NAMED_BEFORE = [  # (text, event type of the second sentence's act, the doer's id or name)
    ("Ruritania took the quarrel to the International Court of Justice in 2015. In May the court ordered "
     "Caracas to stop the works.", "SANCTION", "ICJ"),  # a court's order to a named party (coding40)
    ("The dispute went to the International Tribunal for the Law of the Sea in 2010. In 2012 the tribunal "
     "declined Malaysia's request.", "REJECT", "International Tribunal for the Law of the Sea"),
    ("The Dominican Constitutional Court heard the case in 2012. A year later the court ordered a review "
     "of the civil registers.", "REQUEST", "DOM"),  # the state's judiciary (names67: national_agent_name)
]


@pytest.mark.parametrize("text,etype,doer", NAMED_BEFORE)
def test_the_court_is_the_court_named_before(pipeline, text, etype, doer):
    found = events_of(pipeline, text)
    events = [e for e in found if e.type == etype]
    assert events, show(found)
    doers = {p.actor_id or p.name for p in events[0].actors(SOURCE)}
    assert doer in doers, show(events)


KEPT = [  # (text, the mention's words, what it must not become)
    # indefinite: a new body, not the one named before
    ("Estonia went to the International Court of Justice. A court in Pskov sentenced the officer in August.",
     "court", "ICJ"),
    # an adjective that says which court
    ("The International Court of Justice gave its opinion in 2010. The Serbian court then ruled on the case.",
     "Serbian court", "ICJ"),
]


def test_a_body_the_kb_lacks_leaves_the_state_context_gives(pipeline):
    """"the ministry" after "the Ministry of Petroleum" (no actor of the knowledge base) in a
    paragraph about Sudan stays Sudan's ministry (rule 4), as before the rule (sudssd)."""
    found = events_of(pipeline, "Sudan said the pipeline had been shut by the Ministry of Petroleum. The ministry "
                                "called on the United Nations to act.")
    event = next(e for e in found if e.type == "REQUEST")
    assert {p.state for p in event.actors(SOURCE)} == {"SDN"}, show([event])


@pytest.mark.parametrize("text,words,not_id", KEPT)
def test_a_court_said_to_be_another_is_not_the_one_named_before(pipeline, text, words, not_id):
    doc = pipeline.make_doc(text)
    doc._.dct = "2021-06-01"
    doc = pipeline(doc)
    hits = [a for a in doc._.actors if a.text == words or a.text.endswith(words)]
    assert all(a.actor_id != not_id for a in hits), [(a.text, a.actor_id, a.via) for a in doc._.actors]
