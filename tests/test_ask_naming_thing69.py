"""The sentences read for a when-question are held to the thing its act is done to (session 69:
:meth:`chronica.ask.answer.Asker._naming_thing`).

With no event of the chronicle fitting, a when-answer is the date most of the sentences read for
the question agree with; sentences telling the same act done to another thing ("signed a
ceasefire" for "when was the fisheries agreement signed") voted as much as those naming the
asked one, and a year, a month and a day of that other signing outvoted two sources' days of
the asked one. Of the sentences read, those that name most of the question's thing (the words
:func:`chronica.ask.parts.object_words` takes, as :meth:`Asker._same_parts` does for events) are
kept when some name any of it. Dev shapes: an agreement signed two years after a ceasefire the
same leaders brokered (sengnb), a withdrawal agreement beside other treaties the sources tell
signed (latrus), a border treaty beside a later declaration of the two presidents (kazuzb). The sentences are the project's own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.ask.answer import Asker
from chronica.ask.question import parse
from chronica.ask.reading import Reading

CHRONICLE = SimpleNamespace(documents=[], disagreements=[], events=[])

N = [
    # (question, sentences read, the sentences kept)
    ("When was the fisheries agreement between Chile and Norway signed?",
     ["Chile and Norway signed a ceasefire at Tromsø in April 1962.",
      "The ceasefire signed at Tromsø on 12 April 1962 held.",
      "On 3 March 1964 Chile and Norway signed a fisheries agreement in Oslo.",
      "The fisheries agreement was signed on 3 April 1964, the envoy recalls."],
     [2, 3]),
    # the head noun alone is the thing when no sentence names more of it
    ("When was the fisheries agreement between Chile and Norway signed?",
     ["Chile and Norway signed a ceasefire at Tromsø in April 1962.",
      "The agreement was signed in Oslo in March 1964."],
     [1]),
    # no sentence names the thing: every sentence stays (the reader's own tests decide)
    ("When was the fisheries agreement between Chile and Norway signed?",
     ["Chile and Norway signed a ceasefire at Tromsø in April 1962.",
      "They signed it in Oslo in March 1964."],
     [0, 1]),
    # a question naming no thing its act is done to: every sentence stays
    ("When did Chile and Norway meet in Oslo?",
     ["Chile and Norway met in Oslo in April 1962.", "The two presidents met in Oslo on 3 June 1962."],
     [0, 1]),
]


@pytest.mark.parametrize("question, sentences, kept", N)
def test_naming_thing(question, sentences, kept):
    asker = Asker(CHRONICLE)
    readings = [Reading(SimpleNamespace(text=t, document_id=i), False) for i, t in enumerate(sentences)]
    got = asker._naming_thing(parse(question), readings)
    assert [r.sentence.document_id for r in got] == kept
