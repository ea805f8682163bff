"""What a figure counts, two readings of the parse (session 35, issue 11):

- a participle after the counted noun, or an adjective complement of its verb right after it,
  says what happened to the people it counts when the verb that governs the noun gives no measure
  of its own ("reported 60 soldiers killed", "lost 400 soldiers killed", "put its losses at 35
  soldiers killed", "counted 44 of its soldiers dead": dead, not troops) — seen in three dev texts
  (two of half A, one of half B), where the figure was kept apart from the other sources' dead as
  a count of troops;
- a verb joined to the figure's verb that has a figure or object of its own is another clause
  ("killed 70,000 and sent hundreds of thousands fleeing", "leaving 23 dead and several hundred
  injured"): the figure is not "dead or wounded" / "dead or troops" for it — seen in two dev texts.

Sentences written for these tests (made-up places and figures), and look-alikes that must keep
their old reading.
"""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _counts(pipeline, text):
    return [(c.topic, c.value) for c in pipeline(text)._.claims if c.kind == "count" and not c.by_wording]


@pytest.mark.parametrize("text, expected", [
    # the governing verb says nothing of what happened to them: the participle does
    ("Velmoria reported around 80 soldiers killed in the border clashes.", [("dead", "around 80")]),
    ("Ostrava lost 412 soldiers killed in the war and many more wounded.", [("dead", "412")]),
    ("The ministry put its losses at 27 policemen killed.", [("dead", "27")]),
    ("Both sides acknowledged some 300 fighters wounded during the offensive.", [("wounded", "some 300")]),
    ("The army listed 1,200 soldiers captured at the river crossing.", [("captured", "1,200")]),
    # an adjective complement of the governing verb right after them
    ("When the shelling stopped, Velmoria counted 52 of its soldiers dead and some 70 wounded.",
     [("dead", "52"), ("wounded", "some 70")]),
    ("The garrison reported 30 soldiers dead after the raid.", [("dead", "30")]),
    # a side that lost its soldiers lost them dead (measures.dead predicates: lose-soldier, ...)
    ("Velmoria lost 88 soldiers in the two engagements.", [("dead", "88")]),
    ("Kestria lost 44 soldiers in the June fighting.", [("dead", "44")]),
    ("The navy lost some 300 sailors when the cruiser went down.", [("dead", "some 300")]),
])
def test_a_participle_after_the_counted_noun_is_what_happened_to_them(pipeline, text, expected):
    assert _counts(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the governing verb has a measure of its own: it keeps it
    ("The army freed 200 prisoners captured in the war.", [("released", "200")]),
    ("Kestria deployed 3,000 soldiers stationed along the coast.", [("troops", "3,000")]),
    # no participle: the noun decides, as before
    ("Velmoria sent 600 soldiers to the border.", [("troops", "600")]),
    ("The garrison numbered 900 soldiers.", [("troops", "900")]),
    ("Kestria kept 3,000 soldiers ready.", [("troops", "3,000")]),  # an adjective of no measure
    # the counted people's own predicate adjective is not taken (two groups of one fight, the
    # attackers and the police, were set against each other by it in a first version)
    ("After a long gun battle, four of the raiders lay dead in the woods.", []),
])
def test_the_governing_verbs_measure_or_the_noun_still_decides(pipeline, text, expected):
    assert _counts(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a joined verb with a figure of its own is another clause
    ("The three-year war killed more than 40,000 people and sent tens of thousands fleeing their villages.",
     [("dead", "more than 40,000"), ("displaced", "tens of thousands")]),
    ("The raid killed 40 villagers and wounded 200 others.", [("dead", "40"), ("wounded", "200")]),
    ("The riots broke out in Dorvan in May 1971, leaving 31 people dead and several hundred injured.",
     [("dead", "31")]),
])
def test_a_joined_verb_with_a_figure_of_its_own_is_another_clause(pipeline, text, expected):
    assert [c for c in _counts(pipeline, text) if c[0] in ("dead", "displaced", "wounded", "dead or wounded",
                                                            "dead or displaced")][:len(expected)] == expected
    assert not any(" or " in topic for topic, _ in _counts(pipeline, text))


@pytest.mark.parametrize("text, topic", [
    # joined verbs that share the figure: both together, as before
    ("About 1,500 people were killed or wounded in the fighting.", "dead or wounded"),
    ("The bombing killed and injured 300 people.", "dead or wounded"),
    ("Some 800 civilians were killed or deported.", "dead or displaced"),
])
def test_joined_verbs_that_share_the_figure_count_together(pipeline, text, topic):
    assert [t for t, _ in _counts(pipeline, text)] == [topic]
