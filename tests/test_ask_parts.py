"""The parts of a question or claim compared with a sentence (chronica.ask.parts): figures with
their unit, and the thing the act is done to. Case tables; every sentence here is the project's
own, each row modelled on a construction met in several development texts."""

from __future__ import annotations

import pytest

from chronica.ask import parse
from chronica.ask.parts import figures, figures_clash, object_score, object_words
from chronica.ask.question import parse_plain
from chronica.ask.reading import related


def _times(q) -> set[int]:
    return {i for s in q.time_tokens for i in range(s[0], s[1])}


@pytest.mark.parametrize("question, sentence, clash", [
    # a limit at sea in another figure of the same unit: another happening
    ("When did Norway widen its fishing zone to 12 nautical miles?",
     "Norway widened its fishing zone to 200 nautical miles on 1 January 1977.", True),
    ("When did Norway widen its fishing zone to 12 nautical miles?",
     "On 1 June 1961 the zone was widened to 12 miles.", False),
    # a hyphenated figure ("50-mile") is a figure of its unit too
    ("When did Norway widen its fishing zone to 12 nautical miles?",
     "The 50-mile zone came into force in 1972.", True),
    # a count of members, in words or digits
    ("The alliance had six founding members in 1949.",
     "In April 1949 the twelve founding members signed the treaty.", True),
    ("The alliance had six founding members in 1949.",
     "Its 6 founding members met in April 1949.", False),
    # a sentence with no figure of the unit says nothing against it
    ("The alliance had six founding members in 1949.",
     "The alliance was founded in April 1949 in Washington.", False),
    # a date is no figure: "12 March" does not clash with "12 nautical miles"
    ("When did Norway widen its fishing zone to 12 nautical miles?",
     "On 12 March 1975 Norway widened its zone.", False),
])
def test_parts_figures_clash(question, sentence, clash):
    q = parse(question)
    asked = figures(q.doc, _times(q))
    assert asked
    assert figures_clash(asked, figures(parse_plain([sentence])[0])) is clash


@pytest.mark.parametrize("question, thing", [
    ("When was the peace agreement between Chile and Peru signed?", ["agreement", "peace"]),
    ("Chile and Peru signed a fisheries agreement in 1978.", ["agreement", "fishery"]),
    ("Did Bolivia ratify the border treaty?", ["treaty", "border"]),
    ("Chile and Peru signed a defence pact in 2005.", ["pact", "defence"]),
    # a verb done to no common noun: nothing to compare
    ("When did Chile invade Peru?", []),
])
def test_parts_object_words(question, thing):
    q = parse(question)
    main = q.doc[q.main] if q.main is not None else None
    names = {i for s in q.spans for i in range(s[0], s[1])}
    assert object_words(main, _times(q) | names) == thing


@pytest.mark.parametrize("thing, sentence, score", [
    (["agreement", "peace"], "The two presidents signed a peace agreement in Quito.", 2),
    (["agreement", "peace"], "The two sides signed an agreement on the cessation of hostilities.", 1),
    (["agreement", "peace"], "The two sides signed a ceasefire in the capital.", 0),
    (["agreement", "fishery"], "They signed the Lima Agreement in 1966.", 1),
    (["pact", "defence"], "The two governments signed the Treaty of Santiago in 1929.", 0),
])
def test_parts_object_score(thing, sentence, score):
    assert object_score(thing, [w.lower().strip(".,") for w in sentence.split()], related) == score
