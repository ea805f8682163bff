"""A when-answer read from the sentences (no event of its own) is disputed by another source's
sentence the build coded with the type of the answer's own act (:meth:`chronica.ask.answer.Asker.
_paraphrase_dissent`, issue 14: "one side of a dispute only"): the type is that of the events the
build coded in the answer's cited sentences at a word of the question's predicate's family; the
other sentence's one time of a month or finer must not stand in a phrase that dates another
happening by it (:func:`chronica.ask.answer.dates_another`). Every text, place and date below is
invented."""

from __future__ import annotations

import pytest

from dataclasses import replace

from chronica.ask.answer import Answer, Citation, dates_another
from chronica.ask.question import parse


@pytest.mark.parametrize("sentence, date_text, other", [
    # the time dates the sentence's own act
    ("The rebels entered Port Vell on 18 March 2031 and held it for a week.", "18 March 2031", False),
    ("On 4 May 2030 the navy shelled the harbour of Lirano.", "4 May 2030", False),
    # the time dates another happening the act is placed by
    ("After the floods of 6 May 2030, Aldoria sent rescue teams to Borvia.", "6 May 2030", True),
    ("Before the vote of 2 June 2031 the envoys met in Kessa.", "2 June 2031", True),
    ("Trade stopped until the accord of 9 April 2029 reopened the road.", "9 April 2029", True),
])
def test_dates_another(sentence, date_text, other):
    assert dates_another(sentence, sentence.index(date_text)) is other


from ask_corpus import asker_over  # noqa: E402

TEXTS = {
    "wire.txt": """title: Port Vell falls
published: 2031-03-21

On 20 March 2031 the Kessan rebels captured Port Vell and held it for ten days.
""",
    "feature.txt": """title: The fall of Port Vell
published: 2031-06-02

The Kessan rebels captured Port Vell on 20 March 2031, after the garrison fled.
""",
    "interview.txt": """title: A commander remembers
published: 2035-01-10

Kessan fighters seized Port Vell on the 18th of March 2031 and held it for about two weeks.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("cited_types"), TEXTS) as asker:
        yield asker


def _read_answer(asker, question):  # noqa: ANN001, ANN202
    """The question with no type of its own (as when its verb is coded for no event), answered
    from the two sentences that write the 20th, with no event (as the reader answers it)."""
    q = replace(parse(question), types=[])
    cites = [Citation(h.sentence.document_id, None, h.sentence.text, h.sentence.start, h.sentence.end, "2031-03-20")
             for h in asker.index.search("rebels captured Port Vell", limit=8) if "20 March 2031" in h.sentence.text]
    assert len(cites) == 2, cites
    return q, Answer(q, "answered", "20 March 2031", cites, values=["2031-03-20"])


def test_ask_when_read_answer_disputed_by_the_same_coded_act(asker):
    """Two sources write the capture on the 20th, a third tells it as "seized" on the 18th: the
    type the build coded at "captured" in the answer's sentences finds the third."""
    q, answer = _read_answer(asker, "When did the rebels capture Port Vell in 2031?")
    disputed = asker._paraphrase_dissent(q, answer)
    assert disputed is not None and disputed.verdict == "disputed"
    assert "2031-03-18" in {c.date for c in disputed.citations}, disputed.text


def test_ask_when_cited_types_need_the_predicate(asker):
    """Asked about another act of the same sentences ("leave"), the types coded at "captured"
    are not its type: no dispute (so the test above tests the predicate's family)."""
    q, answer = _read_answer(asker, "When did the rebels leave Port Vell in 2031?")
    assert asker._paraphrase_dissent(q, answer) is None
