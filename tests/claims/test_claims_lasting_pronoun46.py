"""Session 46 (issue 46, loss class "no claim" of durations): how long something lasted when the
sentence writes "it" for what lasted. Only what lasts can last: "it" as the subject of a duration
verb stands for the nearest noun before it, in its sentence or the one before, that names
hostilities or a lasting thing (``_lasting_antecedent``). Dev texts of this shape: rwacod (an
operation launched, "; it lasted 35 days"), egylby (a border war fought, "; it lasted four days"),
indmal (a confrontation called an armed conflict, "It lasted nearly four years").

Sentences written for these tests (made-up names), in the dev texts' styles.
"""

from __future__ import annotations

import pytest

from chronica.nlp import load_pipeline
from chronica.stages import STAGES


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(STAGES)


def _durations(pipeline, text):
    return [(c.obj, c.value) for c in pipeline(text)._.claims if c.kind == "duration"]


@pytest.mark.parametrize("text, what, value", [
    ("Aldoria and Borvia launched a joint operation, Clear Sky, against the militia on 2 March 1996; "
     "it lasted 35 days.", "operation", "35 days"),
    ("The two countries fought a short border war in 1984, sparked by a raid on the frontier town of "
     "Velmora; it lasted six days.", "war", "six days"),
    ("The Kessian crisis was an undeclared armed conflict waged by Aldoria against the new federation. "
     "It lasted nearly three years, from March 1961 to May 1964, and was fought mostly in the hills.",
     "conflict", "nearly three years"),
    ("The army imposed a blockade on the port in 1977. It lasted eleven months.", "blockade", "eleven months"),
])
def test_it_lasted(pipeline, text, what, value):
    assert (what, value) in _durations(pipeline, text)


@pytest.mark.parametrize("text", [
    # "it" stands for something that is no lasting thing: no claim
    "The president opened the new bridge in 1999. It lasted only twelve years before the flood took it.",
    "Borvia sent a delegation to the capital in May. It stayed for three weeks.",
    # the expletive "it" of "take": it stands for nothing
    "The siege of the port began in 1990. It would take the army another twelve years to end the war.",
    "The standoff at sea began in May. It took months of talks before the two navies pulled back.",
    # a lasting noun two sentences back: too far
    "The siege began in June. The city starved. Its people fled to the hills. It lasted four months.",
])
def test_no_antecedent(pipeline, text):
    assert not [d for d in _durations(pipeline, text)
                if d[1] in ("twelve years", "three weeks", "four months", "another twelve years", "months")]
