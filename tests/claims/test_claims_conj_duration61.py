"""How long something lasted, said by a duration verb joined to the verb that names what began
(session 61, issue 11: :func:`chronica.claims.extract.find_durations`): "fighting broke out on
4 May and lasted three days". The joined verb has no subject of its own in the parse (``conj``);
it shares the first verb's (:func:`chronica.claims.extract._clause_subject`), which is what lasted.

Dev (session 61): eridji, irqtur, bwanam, haidom, usapan, itallby write a beginning and a span so
joined. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    return load_pipeline(STAGES)


def _spans(pipeline, text):
    return [(c.obj, c.value) for c in pipeline(text)._.claims if c.kind == "duration" and not c.by_wording]


@pytest.mark.parametrize("text, expected", [
    ("Fighting broke out near Orsk on 4 May 1998 and lasted three days.", [("fighting", "three days")]),
    ("A Kestrian ground operation against rebel camps began on 2 March 2005 and lasted eight days.",
     [("operation", "eight days")]),
    ("Oral hearings opened on 12 April 2001 and lasted about three weeks.", [("hearing", "about three weeks")]),
    ("The killings began on 3 October 1930 and continued for several days across the valley.",
     [("killing", "several days")]),
    # the subject of its own, as before; no duration verb; a span with no verb of lasting
    ("The siege began in May 1990, and the blockade lasted two years.", [("blockade", "two years")]),
    ("The talks started in March 2002 and continued through 40 rounds.", []),
    ("The rebels took the town on 3 May 1990 and burned it two days later.", []),
])
def test_a_joined_duration_verb_measures_the_first_verbs_subject(pipeline, text, expected):
    assert _spans(pipeline, text) == expected
