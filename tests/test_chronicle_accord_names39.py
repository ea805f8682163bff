"""Two accords named by different names are two happenings, however alike their clauses and
however near their days (``merge.different_accords``, a guard of the near-days merge). Own sentences."""

from __future__ import annotations

import pytest

from chronica.chronicle.merge import accord_names, different_accords

NAMES = [
    ("The Treaty of Varenna was signed on 3 March 1911 by the kings of Osland and Tervia.", [{"varenna"}]),
    ("On 14 March 2008 the two presidents concluded the Varna accord to stop arming rebels.", [{"varna"}]),
    ("The Camp Orla Accords were signed in September 1979.", [{"camp", "orla"}]),
    ("The ministers signed the border agreement in Lorsa on 2 May 1990.", [{"lorsa"}]),
    ("They signed an accord on 4 May.", []),
    ("In March 1911 Osland signed the treaty.", []),
]


@pytest.mark.parametrize(("sentence", "names"), NAMES)
def test_accord_names(sentence: str, names: list[set[str]]) -> None:
    assert accord_names(sentence) == names


PAIRS = [
    ("The Treaty of Varenna was signed on 3 March 1911 by the kings.",
     "The Treaty of Lorsa was signed on 5 March 1911 by the kings.", True),
    ("The Dorva Protocol was initialled on 12 June 1994.",
     "On 14 June 1994 the two foreign ministers initialled the Kessel Protocol.", True),
    ("The Varna Accord was signed on 13 March 2008.",
     "On 14 March 2008 the two presidents concluded the Varna accord.", False),
    ("The ministers signed the border agreement in Lorsa on 2 May 1990.",
     "The Lorsa Agreement of 4 May 1990 settled the border.", False),
    ("The two kings signed a treaty on 3 March 1911.",
     "The Treaty of Lorsa was signed on 5 March 1911.", False),  # one side names none: no say
]


@pytest.mark.parametrize(("a", "b", "different"), PAIRS)
def test_different_accords(a: str, b: str, different: bool) -> None:
    assert different_accords(a, b) is different
    assert different_accords(b, a) is different
