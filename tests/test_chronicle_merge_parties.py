"""Case tables for merging across sources (invented texts, each rule with cases from three or
more of them): the parties of a fight told symmetrically by one source and as a directed attack
by another are compared as one set; two refusals of acts of different families are two
happenings."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, form a, (source, target) of a, sentence b, form b, (source, target) of b, date, merged?)
PARTIES = [
    # one source says who struck first, the other only that the army fought: one fight
    ("On 5 July 1941 Cestian troops attacked Borvian border posts.", "ASSAULT", ("CES", "BOR"),
     "On 5 July 1941 the Borvian army fought along the river.", "FIGHT", ("BOR", None), "1941-07-05", True),
    # an attack, and the two states fighting on that day
    ("In March 1977 Aldorian forces attacked Borvia.", "ASSAULT", ("ALD", "BOR"),
     "In March 1977 Borvia and Aldoria fought along the border.", "FIGHT", ("BOR", "ALD"), "1977-03", True),
    # a clash told from the other side
    ("On 9 June 1982 Borvian jets attacked Cestian positions in the north.", "ASSAULT", ("BOR", "CES"),
     "On 9 June 1982 Cestia fought Borvia in the north.", "FIGHT", ("CES", "BOR"), "1982-06-09", True),
    # a fight of another pair on the same day: two happenings
    ("On 9 June 1982 Borvian jets attacked Cestian positions in the north.", "ASSAULT", ("BOR", "CES"),
     "On 9 June 1982 Cestia fought Aldoria in the south.", "FIGHT", ("CES", "ALD"), "1982-06-09", False),
    # two directed acts, each side attacking the other: still compared role by role
    ("On 2 May 1990 Aldorian artillery attacked Borvian villages.", "ASSAULT", ("ALD", "BOR"),
     "On 2 May 1990 Borvian artillery attacked Aldorian villages.", "ASSAULT", ("BOR", "ALD"), "1990-05-02", False),
]


@needs_minilm
@pytest.mark.parametrize("case", PARTIES, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_a_symmetric_telling_compares_the_parties_as_one_set(case) -> None:
    a, fa, (sa, ta), b, fb, (sb, tb), day, merged = case
    ms = [mention(1, a, fa, src=sa, tgt=ta, date=day), mention(2, b, fb, src=sb, tgt=tb, date=day)]
    assert (len(merge.cluster_mentions(ms)) == 1) is merged


def test_two_directed_mentions_are_compared_role_by_role() -> None:
    a = mention(1, "Aldoria attacked Borvia.", "ASSAULT", src="ALD", tgt="BOR", date="1990")
    b = mention(2, "Borvia and Aldoria fought.", "FIGHT", src="BOR", tgt="ALD", date="1990")
    assert merge.parties_as_one_set(a, b) and merge.parties_as_one_set(b, a)
    assert not merge.parties_as_one_set(a, a)


# -- two refusals: of one act, or of two (the refused act's predicate, coded by the ontology) ---
# (sentence a, refused act a, sentence b, refused act b, actor, date, merged?)
REFUSALS = [
    ("In 1992 Borvia refused to withdraw its troops from the valley.", "withdraw",
     "In 1992 Borvia refused to accept the ruling of the commission.", "accept", "BOR", "1992", False),
    ("In 1970 Aldoria refused to withdraw from the islands.", "withdraw",
     "In 1970 Aldoria refused to negotiate with its neighbour.", "negotiate", "ALD", "1970", False),
    ("In May 1981 Cestia refused to recognise the new border.", "recognise",
     "In May 1981 Cestia refused to withdraw from the new border.", "withdraw", "CES", "1981-05", False),
    # one act refused, told twice
    ("In May 1981 Cestia refused to negotiate with Borvia.", "negotiate",
     "In May 1981 Cestia refused to talk with Borvia.", "talk", "CES", "1981-05", True),
    ("In 1992 Borvia refused to withdraw its troops from the valley.", "withdraw",
     "In 1992 Borvia again refused to withdraw its soldiers from the valley.", "withdraw", "BOR", "1992", True),
]


@needs_minilm
@pytest.mark.parametrize("case", REFUSALS, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_refusals_of_acts_of_two_families_are_two_happenings(case) -> None:
    a, ta, b, tb, who, day, merged = case
    ms = [mention(1, a, "REJECT", src=who, date=day, modality="refused", trigger=ta),
          mention(2, b, "REJECT", src=who, date=day, modality="refused", trigger=tb)]
    assert (len(merge.cluster_mentions(ms)) == 1) is merged
