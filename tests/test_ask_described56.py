"""A who-answer gives the description its sentences give of each person it names
(:func:`chronica.ask.reading.describe`, :func:`chronica.ask.answer._described`): the title the
parse joins to the name just before it and the phrase in apposition to it. A question asks "who
signed the decree" and the sources answer "X, then president of Y": the answer names both.
The sentences are invented (invented people of real or invented states)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.answer import DESCRIBED
from chronica.ask.reading import describe


@pytest.mark.parametrize("sentence, name, told", [
    # the phrase in apposition after the name
    ("Mirko Valen, then foreign minister of Ruritania, signed the accord in Zenda on 3 May 1961.",
     "Mirko Valen", "Mirko Valen, foreign minister of Ruritania"),
    ("On 4 March 1977 General Tomas Ruk, the army chief of staff, seized power in Strelsau.",
     "Tomas Ruk", "General Tomas Ruk, the army chief of staff"),
    # the name in apposition to the description before it
    ("The patrol boat's captain, Commodore Jan Ostrik, was killed in the clash.",
     "Jan Ostrik", "Commodore Jan Ostrik, The patrol boat's captain"),
    # the title words before the name
    ("The pact was signed by Bordurian Vice-President Oskar Plam and the rebel leader Ivo Dask.",
     "Oskar Plam", "Bordurian Vice-President Oskar Plam"),
    # of two persons each in apposition, each its own; a clause inside the phrase left out
    ("The talks were led by the Bordurian envoy, Karl Brenn, and the Ruritanian foreign minister, "
     "Ivo Dask, who met in Zenda.", "Karl Brenn", "Karl Brenn, the Bordurian envoy"),
    ("The talks were led by the Bordurian envoy, Karl Brenn, and the Ruritanian foreign minister, "
     "Ivo Dask, who met in Zenda.", "Ivo Dask", "Ivo Dask, the Ruritanian foreign minister"),
    ("Karl Brenn, the Bordurian officer who led the column into Zenda, was decorated.", "Karl Brenn",
     "Karl Brenn, the Bordurian officer"),
    # the title stops at a verb the parse joined to the name, and at another person's name
    ("Ivo Dask, a brother of the self-proclaimed Sultan Karl Brenn II, led the landing.", "Karl Brenn II",
     "Sultan Karl Brenn II"),
    ("Ivo Dask, a brother of the self-proclaimed Sultan Karl Brenn II, led the landing.", "Ivo Dask",
     "Ivo Dask, a brother of the self-proclaimed Sultan Karl Brenn II"),
    ("Zenda, 12 May: Karl Brenn meets Ivo Dask, then 84, in the palace; the two sides agree to set up "
     "a joint commission.", "Ivo Dask", None),
    # no one's own title: a plural before or in apposition, an age
    ("Foreign ministers Karl Brenn and Ivo Dask met in Zenda.", "Karl Brenn", None),
    ("The prime ministers, Karl Brenn and Ivo Dask, met in Zenda.", "Karl Brenn", None),
    ("Karl Brenn, 84, died in Zenda.", "Karl Brenn", None),
    # no description: a bare name, a date before it, a name the sentence does not write
    ("Gunmen shot Karl Brenn in Zenda in July 1951.", "Karl Brenn", None),
    ("In 1961 Karl Brenn resigned.", "Karl Brenn", None),
    ("Gunmen shot Karl Brenn in Zenda in July 1951.", "Ivo Dask", None),
])
def test_describe(sentence, name, told):
    assert describe(sentence, name) == told


TEXTS = {
    "gazette.txt": """title: Borduria recognises Ruritania
published: 1991-08-30

Oskar Plam, then president of Borduria, signed a decree recognising the independence of Ruritania on 24 August 1991.
Crowds gathered in Strelsau to hear the news.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("described"), TEXTS) as asker:
        yield asker


def test_ask_who_names_the_description(asker):
    """The answer names the signer and how its sentence describes him; the name list before the
    description is the answer's names alone (what the dissent step reads)."""
    answer = asker.ask("Who signed the decree recognising the independence of Ruritania?")
    assert answer.verdict == "answered", answer.text
    names, _, told = answer.text.partition(DESCRIBED)
    assert "Oskar Plam" in names and "president of Borduria" not in names, answer.text
    assert "Oskar Plam, then president of Borduria" in told, answer.text
