"""A who-question naming one state, dated (chronica.ask.reading.Reader.read): a sentence that
holds the question's act at its time but leaves the state unnamed is read when the state is one
of the two its document tells of (its pair) -- the question's date stands where a second named
actor would ("who led the March 1983 mutiny in Ghana": "the March 1983 mutiny led by X" in a
text about Ghana and Togo). Without a date, a state outside the pair, or at another time, no such
sentence is read. The texts and questions are the project's own (invented events)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over
from test_chronicle_data import needs_minilm

TEXTS = {
    # a text about Ghana and Togo; the mutiny's sentence names neither state
    "wire.txt": """title: Ghana and Togo after the mutiny
published: 1984-02-02

Ghana and Togo have quarrelled over their border since independence.
Ghana accused Togo of sheltering exiles, and Togo accused Ghana of smuggling cocoa.
The traders' strike went on after the March 1983 mutiny led by Kwesi Ampofo, and the markets stayed shut.
Ghana reopened the border with Togo in May 1983, and Togo welcomed the step.
Traders from Ghana and Togo crossed again within days.
""",
    # a text about Chad and Niger: its own unrest, no state named in the sentence either
    "notes.txt": """title: Lake notes
published: 1990-01-01

Chad and Niger share the lake and have argued over its islands for decades.
Niger accused Chad of moving its posts, and Chad accused Niger of raids.
The fishing season was lost after the April 1988 revolt led by Idriss Mahamat at Bol.
Chad and Niger met again in 1989.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("dated_pair"), TEXTS) as a:
        yield a


# (question, verdict, answer contains, a cited sentence contains)
CASES = [
    # one state of the document's pair, the question dated at the sentence's time
    ("Who led the March 1983 mutiny in Ghana?", "answered", "Kwesi Ampofo", "mutiny led by"),
    ("Who led the April 1988 revolt in Chad?", "answered", "Idriss Mahamat", "revolt led by"),
    # a state the document does not tell of
    ("Who led the March 1983 mutiny in Benin?", "not found", "not in the sources", None),
    # the act at another time
    ("Who led the March 1979 mutiny in Ghana?", "not found", "not in the sources", None),
]


@needs_minilm
@pytest.mark.parametrize("question, verdict, contains, cited", CASES)
def test_dated_one_state_question_reads_its_pair(asker, question, verdict, contains, cited):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert contains in answer.text, answer.text
    if cited is not None:
        assert answer.citations and all(cited in c.sentence for c in answer.citations), answer.citations
