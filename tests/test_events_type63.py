"""Session 63 (type63): the codebook's type of a place stormed. Sentences written for these tests (no article text,
no pairing or fact of an evaluation text; the events and dates are invented).

A force that storms a place (the place its object, not a place it moves "into") attacks it: PETRARCH2 codes "storm"
190 (PHYSICAL_CONFLICT, PLOVER ASSAULT), a sudden attack; ``extract.ASSAULTING_MOVES``. A force that storms into
a town, or enters one, still takes it (COERCE seize, CAMEO 192; session 42). Dev texts prtind, eriyem, mdvind (an
island and a capital stormed were COERCE seize; the dev gold writes ASSAULT for every storming it codes).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

STORMED = [
    # text, trigger, type, mode
    ("The same morning Chilean marines stormed the island of Velmar, losing four men.", "stormed", "ASSAULT", None),
    ("Norwegian troops stormed a bare rocky island in the North Sea in 2031.", "stormed", "ASSAULT", None),
    ("Rebels from the north stormed Reykjavik on 3 May 2031 in an attempt to overthrow the government.", "stormed",
     "ASSAULT", None),
    ("Finnish troops stormed the rebel headquarters in March 2031.", "stormed", "ASSAULT", None),
    ("In March 2031 Finnish troops stormed into the town of Velmar.", "stormed", "COERCE", "seize"),
    ("Rebels entered the town of Velmar on 3 May 2031.", "entered", "COERCE", "seize"),
]


@pytest.mark.parametrize("text, trigger, etype, mode", STORMED, ids=[c[0][:30] for c in STORMED])
def test_a_place_stormed_is_attacked_one_stormed_into_is_taken(full, text, trigger, etype, mode):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert (events[0].type, events[0].mode) == (etype, mode), _show(events)
