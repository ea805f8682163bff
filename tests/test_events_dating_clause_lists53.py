"""Session 53: a date that opens the next clause is no item of a date list.

"X did A on D1 and on D2 Y did B": the second date has a preposition of its own and the subject of
another predicate follows it at once, so it is the time of that clause
(``_dating.CLAUSE_CHECKS["date_opens_the_next_clause"]``), not a second date of A - before, A was
told once per date ("declared war on D1 and on D2" read as two declarations) and B took D1 as well.
Lists of one phrase ("in 1974, 1983 and 1996", "in talks held in 1977 and 1978 the sides met"),
dates fronted together before one predicate, and lists pairing a party with its date stay lists.
Sentences invented for this test after the shape seen in many dev texts (a declaration of war and a
landing, a death and a signing, a meeting and talks months later)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare


@pytest.fixture(scope="module")
def full():
    """The pipeline with the time and actor stages, as a build runs it."""
    return load_pipeline(("chronica_time", "chronica_actors"))


def _dates(full, text: str) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for e in extract_events(full(prepare(full, text, None))):
        out.setdefault(e.trigger.split()[0], []).append(e.date)
    return out


#: (text, trigger word, its dates): each clause keeps only the date it tells
CLAUSE_CASES = [
    ("Ruritania declared war on Borduria on 12 March 1920 and on 18 March 1920 its troops crossed the river.",
     "declared", ["1920-03-12"]),
    ("Ruritania declared war on Borduria on 12 March 1920 and on 18 March 1920 Borduria recalled its ambassador.",
     "recalled", ["1920-03-18"]),
    ("The old king of Ruritania died on 4 April 1901, and on 9 April 1901 the new king signed the charter.",
     "signed", ["1901-04-09"]),
    ("The Bordurian premier visited Ruritania in May 1952, and in August 1953 the Ruritanian president paid a "
     "state visit to Borduria.", "visited", ["1952-05"]),
    ("Ruritania expelled the Bordurian consul on 2 June 1887, and on 7 June 1887 Borduria closed its border.",
     "expelled", ["1887-06-02"]),
]


@pytest.mark.parametrize("text,word,dates", CLAUSE_CASES)
def test_a_date_opening_the_next_clause_is_not_listed(full, text, word, dates):
    assert _dates(full, text).get(word) == dates


#: (text, trigger word, its dates): lists of one phrase and paired lists are still one happening per date
LIST_CASES = [
    ("Ruritania protested to Borduria in 1974, 1983 and 1996.", "protested", ["1974", "1983", "1996"]),
    ("Ruritania joined the alliance on 6 July 1911 and Borduria on 14 May 1913.", "joined",
     ["1911-07-06", "1913-05-14"]),
    ("Ruritania joined the alliance on 6 July 1911 and Borduria on 14 May 1913, and both countries entered "
     "the union on 2 August 1913.", "joined", ["1911-07-06", "1913-05-14"]),
    ("In talks held in Lorn in 1977 and 1978 Ruritania and Borduria came close to an agreement.", "talks",
     ["1977", "1978"]),
    ("Ruritanian troops took Lorn on 3 February 1871 and Kest on 17 February 1871, and the war ended in 1872.",
     "took", ["1871-02-03", "1871-02-17"]),
]


@pytest.mark.parametrize("text,word,dates", LIST_CASES)
def test_lists_of_one_phrase_stay_lists(full, text, word, dates):
    assert _dates(full, text).get(word) == dates
