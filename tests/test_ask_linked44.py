"""The other sources' sentences a who-answer's dissent reads (session 44):
:meth:`chronica.ask.answer.Asker._linked_hits` -- besides the sentences search ranks for the
question, the sentences the store links to the answer's: the mentions of the answer's merged
events in other documents (one happening, however many sources report it) and the sentences of the
agent claims of the answer's sentences' topics ("who delivered: memorandum") in other documents.
The answer's own sources (``docs``) are left out; a claim of another topic links nothing.

The records are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import Answer, Asker, Citation


def _asker(events, claims):
    index = SimpleNamespace(at=lambda keys: sorted(keys))  # the keys asked for, as hits
    return SimpleNamespace(index=index, chronicle=SimpleNamespace(events=events), claims=claims)


def _event(eid, mentions):
    return SimpleNamespace(id=eid, mentions=[SimpleNamespace(document_id=d, sentence_idx=i) for d, i in mentions])


def _claim(doc, idx, start, topic, kind="agent"):
    return SimpleNamespace(document_id=doc, sentence_idx=idx, sentence_start=start, topic=topic, kind=kind)


def _answer(cites, event_ids=()):
    return Answer(None, "answered", "Karl Hollen", [Citation(d, None, "", s, s + 10) for d, s in cites],
                  event_ids=list(event_ids))


CASES = [
    # the merged event's mentions in the other documents
    ([_event("e1", [(1, 3), (2, 5), (3, 7)])], [], [(1, 100)], ["e1"], {1}, [(2, 5), (3, 7)]),
    # ... not those of the answer's sources
    ([_event("e1", [(1, 3), (2, 5)])], [], [(1, 100), (2, 200)], ["e1"], {1, 2}, []),
    # an event the answer does not give links nothing
    ([_event("e2", [(2, 5)])], [], [(1, 100)], ["e1"], {1}, []),
    # the agent claims of the answer's sentence's topic in other documents
    ([], [_claim(1, 3, 100, "who delivered: memorandum"), _claim(2, 4, 50, "who delivered: memorandum"),
          _claim(3, 6, 70, "who brokered: talk")], [(1, 100)], [], {1}, [(2, 4)]),
    # a claim of another kind or at another sentence of the answer's source links nothing
    ([], [_claim(1, 3, 90, "who delivered: memorandum"), _claim(2, 4, 50, "who delivered: memorandum")],
     [(1, 100)], [], {1}, []),
    ([], [_claim(1, 3, 100, "dead", kind="count"), _claim(2, 4, 50, "dead", kind="count")], [(1, 100)], [], {1}, []),
]


@pytest.mark.parametrize("events, claims, cites, event_ids, docs, keys", CASES)
def test_linked_hits(events, claims, cites, event_ids, docs, keys):
    assert Asker._linked_hits(_asker(events, claims), _answer(cites, event_ids), docs) == keys
