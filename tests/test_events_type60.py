"""Session 60 (type60): the PLOVER type of an act told through another word. Sentences written for these tests (no
article text, no pairing or fact of an evaluation text; the names and dates are invented).

- ``extract._replied_by_act``: a verb of reply (PETRARCH2's REACT block - answer, react, reply, respond - and
  "retaliate") whose "by" phrase tells the act is that act: the gerund's event is the one coded, the reply gives no
  event of its own (an OTHER "replied", or "retaliated" read as the generic use of force, CAMEO 190). The act takes
  the reply's date. A reply whose act no event codes stays. Dev texts azeirn, ethiopia, falklands, georgia, moralg.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

REPLIED = [
    # text, reply verb, act trigger, type of the act (each reply an event of its own before: OTHER, or ASSAULT 190)
    ("Luxembourg replied on 4 May 1988 by closing the Icelandic consulate in Esch.", "replied", "closing",
     "SANCTION"),
    ("Luxembourg retaliated on 2 July 1990 by closing the land border with Iceland.", "retaliated", "closing",
     "SANCTION"),
    ("Luxembourg reacted on 8 October 1993 by recalling its ambassador from Iceland.", "reacted", "recalling",
     "SANCTION"),
]


@pytest.mark.parametrize("text, reply, act, etype", REPLIED, ids=[c[0][:30] for c in REPLIED])
def test_reply_is_the_act_it_tells(full, text, reply, act, etype):
    acts, every = _by_trigger(full, text, act)
    assert acts and acts[-1].type == etype, _show(every)
    assert not [e for e in every if e.trigger.startswith(reply)], _show(every)
    assert "_replied_by_act" in acts[-1].checks, _show(acts)
    assert (acts[-1].date or "")[:4] in text, _show(acts)


NOT_REPLIED = [
    # a reply whose "by" phrase no event codes, and a reply with no "by" phrase: left as they were
    ("Luxembourg responded on 3 August 1991 by reading a poem to the Icelandic delegation.", "responded"),
    ("Luxembourg replied on 5 September 1992 that it would study the note.", "replied"),
]


@pytest.mark.parametrize("text, reply", NOT_REPLIED, ids=[c[0][:30] for c in NOT_REPLIED])
def test_reply_with_no_act_coded_stays(full, text, reply):
    _, every = _by_trigger(full, text, reply)
    assert not any("_replied_by_act" in e.checks for e in every), _show(every)
