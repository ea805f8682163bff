"""``chronica eval ask`` finds a gold's evidence in a .jsonl file's records: the store keeps each
record as a document of its own ("feed.jsonl#L3") and the gold names the file ("feed.jsonl"), as
:func:`chronica.chronicle.disagreement_eval.file_name` reads it. Before, the passages of a feed
were never found: an answer citing the very sentence the gold gives scored no citation right
(and a what-question, which needs one, was scored wrong). Files in the shapes of the dev
subjects' feeds and aggregators, with a plain file beside them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.evaluate import GoldItem, _passages


def _docs(*rows):
    """The evaluator's map: a gold's file name -> the (id, text) of its documents."""
    from chronica.chronicle.disagreement_eval import file_name

    out: dict[str, list] = {}
    for doc_id, path, text in rows:
        out.setdefault(file_name(path), []).append((doc_id, text))
    return out


DOCS = _docs(
    (1, "/c/03_feed.jsonl#L1", "PRISTINA, Sept 20 (BWS) - Kosovo started requiring temporary plates."),
    (2, "/c/03_feed.jsonl#L2", "BRUSSELS, Sept 30 (BWS) - Kosovo and Serbia agreed to end the standoff."),
    (3, "/c/05_aggregator_feed.jsonl#L4", "Seoul responded with the May 24 measures, suspending trade."),
    (4, "/c/02_encyclopedia.html", "The measures cut   nearly all trade outside Kaesong."),
)


@pytest.mark.parametrize("name, passage, expected", [
    ("03_feed.jsonl", "agreed to end the standoff", (2, 44)),  # the second record holds it
    ("03_feed.jsonl", "Kosovo started requiring", (1, 26)),
    ("05_aggregator_feed.jsonl", "suspending trade", (3, 42)),
    ("02_encyclopedia.html", "cut nearly all trade", (4, 13)),  # white space squashed, as before
    ("03_feed.jsonl", "no record says this", None),
    ("06_missing.txt", "cut nearly all trade", None),
])
def test_a_record_s_passage_is_found(name, passage, expected):
    item = GoldItem("q1", "what", "?", "x", {name: [passage]})
    found = _passages(item, DOCS)
    if expected is None:
        assert found == []
    else:
        assert [(d, s) for d, s, _ in found] == [expected]
