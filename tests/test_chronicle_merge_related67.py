"""Case table for related acts (invented texts): two PLOVER types of two merge families that the
codebook lets tell one happening (chronica/chronicle/data/related_types.tsv: forces sent in and the
invasion, a closure of ports and a blockade, a visit and the accord signed at it) are weighed one
step more readily than any two acts of one side of the cooperation / conflict line when their dates
overlap only at the year, the rest of the evidence (an actor in common, no clash, dates that
overlap) asked as before."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, type a, date a, date source a, sentence b, type b, date b, date source b, actors of a,
# actors of b, merged?); actors are (source, target) codes of test_chronicle_data.ACTORS; the cosine
# of the two sentences in the comment
RELATED = [
    # one invasion: forces sent across the border (MOBILIZE) and the invasion (ASSAULT), one year, 0.76
    ("In 1977 Borvia sent its army across the border into Cestia.", "MOBILIZE", "1977", "sentence",
     "In 1977 the Borvian army invaded Cestia.", "ASSAULT", "1977", "sentence",
     ("BOR", "CES"), ("BOR", "CES"), True),
    # one blockade: ports closed (SANCTION) and a blockade imposed (COERCE), one year, 0.77
    ("Aldoria closed its ports to Borvian ships in 1983.", "SANCTION", "1983", "sentence",
     "Aldoria imposed a blockade on Borvian shipping in 1983.", "COERCE", "1983", "sentence",
     ("ALD", "BOR"), ("ALD", "BOR"), True),
    # one visit at which an accord was signed: CONSULT and SUPPORT, one year, 0.75
    ("In 2004 the Aldorian president visited Borvia.", "CONSULT", "2004", "sentence",
     "In 2004 Aldoria and Borvia signed a trade agreement during a presidential visit.", "SUPPORT", "2004",
     "sentence", ("ALD", "BOR"), ("ALD", "BOR"), True),
    # ties restored (SUPPORT: "resume ... diplomatic cooperation") at a minister's visit (CONSULT), 0.75
    ("In 1996 the Aldorian foreign minister visited Borvia.", "CONSULT", "1996", "sentence",
     "In 1996 Aldoria and Borvia restored diplomatic ties.", "SUPPORT", "1996", "sentence",
     ("ALD", "BOR"), ("ALD", "BOR"), True),
    # two related acts of one year worded apart: talks held and a treaty signed, 0.67
    ("In 1988 Aldorian ministers held talks in Borvia.", "CONSULT", "1988", "sentence",
     "In 1988 Aldoria and Borvia signed a fisheries treaty.", "SUPPORT", "1988", "sentence",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # forces sent in one year and an invasion told otherwise, 0.61: two acts for all the wording says
    ("In 1977 Borvian forces crossed the border into Cestia.", "MOBILIZE", "1977", "sentence",
     "Borvia invaded Cestia in 1977, against the will of its government.", "ASSAULT", "1977", "sentence",
     ("BOR", "CES"), ("BOR", "CES"), False),
    # the blockade's wording again, coded as acts the codebook does not relate (an embargo, an
    # attack): the ordinary year's threshold (0.80) keeps them apart
    ("Aldoria closed its ports to Borvian ships in 1983.", "SANCTION", "1983", "sentence",
     "Aldoria imposed a blockade on Borvian shipping in 1983.", "ASSAULT", "1983", "sentence",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # related acts of one year, but of another pair of parties
    ("In 1977 Borvia sent its army across the border into Cestia.", "MOBILIZE", "1977", "sentence",
     "In 1977 the Borvian army invaded Aldoria.", "ASSAULT", "1977", "sentence",
     ("BOR", "CES"), ("BOR", "ALD"), False),
    # a day only inferred on one side ("that morning", "that day") is weighed as for any two acts of
    # one side (0.60): 0.58 and 0.59 stay apart (0.55 joined as many wrong pairs as right on dev)
    ("On 3 March 1979 Borvian troops crossed into Cestia.", "MOBILIZE", "1979-03-03", "sentence",
     "That morning the Borvian invasion began.", "ASSAULT", "1979-03-03", "narrative",
     ("BOR", "CES"), ("BOR", None), False),
    ("On 11 July 1990 the Aldorian president visited Borvia.", "CONSULT", "1990-07-11", "sentence",
     "That day Aldoria and Borvia signed a cultural accord.", "SUPPORT", "1990-07-11", "narrative",
     ("ALD", "BOR"), ("ALD", "BOR"), False),
    # related acts whose written years differ
    ("In 1977 Borvia sent its army across the border into Cestia.", "MOBILIZE", "1977", "sentence",
     "In 1979 the Borvian army invaded Cestia.", "ASSAULT", "1979", "sentence",
     ("BOR", "CES"), ("BOR", "CES"), False),
]


def _pair(case) -> list:
    a, ta, da, sa_, b, tb, db, sb_, (sa, ga), (sb, gb), _ = case
    return [mention(1, a, ta, src=sa, tgt=ga, date=da, date_source=sa_),
            mention(2, b, tb, src=sb, tgt=gb, date=db, date_source=sb_)]


@needs_minilm
@pytest.mark.parametrize("case", RELATED, ids=lambda c: c[0][:40] + " / " + c[4][:40])
def test_related_acts_are_weighed_one_step_more_readily(case) -> None:
    assert (len(merge.cluster_mentions(_pair(case))) == 1) is case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in RELATED if c[-1]], ids=lambda c: c[0][:40] + " / " + c[4][:40])
def test_without_the_table_related_acts_stay_apart(case, monkeypatch) -> None:
    """The joins above are the table's: without it the ordinary thresholds keep each pair apart."""
    monkeypatch.setattr(merge, "related_types", lambda: frozenset())
    assert len(merge.cluster_mentions(_pair(case))) == 2


def test_every_related_pair_is_of_two_weighed_types() -> None:
    pairs = merge.related_types()
    assert frozenset({"ASSAULT", "MOBILIZE"}) in pairs and frozenset({"CONSULT", "SUPPORT"}) in pairs
    for pair in pairs:
        a, b = sorted(pair)
        assert merge.types_weighed(a, b), (a, b)
    assert frozenset({"SUPPORT", "REJECT"}) not in pairs  # opposite sides are never related
