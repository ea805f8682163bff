"""The reader's scored test of a sentence (chronica.ask.reading.Evidence): a sentence that holds
the question's act but leaves an actor unnamed counts when that actor is one of the two states its
document tells of (its pair); a "what did X do" question is answered by the sentences where X is
the doer of a dated event. Such looser sentences are read only when no
sentence holds the whole question. End to end over a store of the project's own texts (the
sentences and questions are the project's own)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over
from test_chronicle_data import needs_minilm

from chronica.ask import NOT_FOUND, parse
from chronica.ask.reading import _predicate, asks_any_act

TEXTS = {
    # a text about Ghana and Togo: the pair is named often, the accord's sentence names neither
    "wire.txt": """title: Ghana and Togo settle their quarrel
published: 1984-02-02

Ghana and Togo have quarrelled over their border since independence.
Ghana accused Togo of sheltering exiles, and Togo accused Ghana of smuggling cocoa.
The accord signed in Geneva on 3 March 1983 ended the quarrel for a while.
Ghana reopened the border with Togo in May 1983, and Togo welcomed the step.
Traders from Ghana and Togo crossed again within days.
""",
    # a text about Chad and Niger: its own accord names neither state either
    "notes.txt": """title: Lake notes
published: 1990-01-01

Chad and Niger share the lake and have argued over its islands for decades.
Niger accused Chad of moving its posts, and Chad accused Niger of raids.
The fisheries pact signed in Bern on 9 April 1988 set quotas for both.
Chad and Niger met again in 1989.
After the flood at Bol in 1975, Niger closed its border with Chad.
Photographs from the time show fishermen from Chad waiting at the flooded border post.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("evidence"), TEXTS) as a:
        yield a


# (question, verdict, answer contains, a cited sentence contains)
CASES = [
    # the pair: the sentence leaves both states unnamed, its document tells of them
    ("When was the Geneva accord between Ghana and Togo signed?", "answered", "3 March 1983", "signed in Geneva"),
    ("When was the Bern pact between Chad and Niger signed?", "answered", "9 April 1988", "signed in Bern"),
    # ... but not a pair the document does not tell of
    ("When was the Bern pact between Ghana and Togo signed?", "not found", NOT_FOUND, None),
    # any act: the sentence where the question's actor is the doer
    ("What did Niger do after the flood at Bol?", "answered", "closed its border", "closed its border"),
]


@needs_minilm
@pytest.mark.parametrize("question, verdict, contains, cited", CASES)
def test_reading_scored_evidence(asker, question, verdict, contains, cited):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert contains in answer.text, answer.text
    if cited is None:
        assert answer.citations == []
    else:
        assert answer.citations and all(cited in c.sentence for c in answer.citations), answer.citations


@pytest.mark.parametrize("text, any_act", [
    ("What did Sudan do after the attack?", True),
    ("What did the council do on 14 November?", True),
    ("What did Chad declare after the raid?", False),
    ("When did Chad do business with Sudan?", False),
])
def test_reading_what_did_x_do_asks_any_act(text, any_act):
    q = parse(text)
    root = next(t for t in q.doc if t.dep_ == "ROOT")
    assert asks_any_act(root) is any_act
    if any_act:
        assert _predicate(q.doc, q.main) is None
