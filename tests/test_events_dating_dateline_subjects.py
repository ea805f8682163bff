"""A news dateline's place is no subject of the verb after it: where the parser makes "PARIS" in
"PARIS, 3 May (Agency) - France and Germany signed ..." the verb's only subject and hangs the real
subjects on it as an apposition, the coded verb's sources are the apposition and its conjuncts
(before, the first of them stood alone, the second was lost). Wire sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


#: (wire text, coded form, the sources, the targets); a joint act's first party written is its source, the
#: other its recipient (``joint_recipient``)
CASES = [
    # the place is the parse's only subject, the parties its apposition
    ("PARIS, 3 May (Seine Wire) - France and Germany signed a defence pact on Monday.", "AGREE", ["France"], ["Germany"]),
    ("ROME, 3 May (Tiber Wire) - Italy and Spain signed a fisheries accord on Monday.", "AGREE", ["Italy"], ["Spain"]),
    ("BERLIN, 3 May (Spree Wire) - Germany and Poland signed a transit agreement on Monday.", "AGREE", ["Germany"], ["Poland"]),
    ("MADRID, 3 May (Iberia Wire) - Spain and Morocco signed a migration deal on Monday.", "AGREE", ["Spain"], ["Morocco"]),
    ("OSLO, 3 May (Nordic Press) - Norway and Russia signed a fishing accord on Monday.", "AGREE", ["Norway"], ["Russia"]),
    # the parse gives the verb its own subject too: unchanged
    ("LIMA, 3 May (Andes Wire) - Peru expelled two Bolivian diplomats on Monday.", "REDUCE", ["Peru"], ["Bolivia (diplomats)"]),
    ("HANOI, 3 May (Mekong Wire) - Vietnam and China held naval talks on Monday.", "CONSULT", ["Vietnam"], ["China"]),
    ("CAIRO, 3 May (Nile Wire) - Egypt and Sudan signed a water-sharing accord on Monday.", "AGREE", ["Egypt"], ["Sudan"]),
]


@pytest.mark.parametrize("text, form, sources, targets", CASES)
def test_dateline_place_is_no_subject(full, text, form, sources, targets):
    doc = full(prepare(full, text, "2021-05-03"))
    events = [e for e in extract_events(doc) if e.form == form]
    assert len(events) == 1
    parts = events[0].participants
    assert [p.name for p in parts if p.role == "source"] == sources
    assert [p.name for p in parts if p.role == "target"] == targets
    assert events[0].date == "2021-05-03"
