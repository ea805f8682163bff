"""Case table (invented texts) for types of two families weighed by one predicate
(:data:`chronica.chronicle.merge.SIM_SAME_PREDICATE`): both triggers say the act with one verb or
its noun, both dates written and overlapping at the year or finer, the actors agreeing or one side
naming none. Modelled on sanctions told as "imposed sanctions" (SANCTION) and "imposed restrictive
measures" (left uncoded), a company "founded" coded as cooperation and left uncoded, and a border
"closed" coded as a sanction and as coercion (three dev subjects)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, type a, trigger a, date a, actors a, sentence b, type b, trigger b, date b, actors b, merged?)
SAME_PREDICATE = [
    # one round of sanctions: one month, one actor in common
    ("In March 1977 Aldoria imposed trade sanctions on Borvia over the dam dispute.", "SANCTION",
     "imposed trade sanctions", "1977-03", ("ALD", "BOR"),
     "The Aldorian cabinet imposed restrictive measures on Borvian exporters in March 1977, the trade"
     " ministry said.", "OTHER", "imposed", "1977-03", ("ALD", None), True),
    # one founding: a railway company founded, coded as cooperation and left uncoded, no actor on one side
    ("The Borvian Northern Railway was founded in October 1906 by two Aldorian banks.", "COOPERATE",
     "founded", "1906-10", ("ALD", None),
     "Founded in 1906 with Aldorian money, the Borvian Northern Railway carried grain to the coast.", "OTHER",
     "founded", "1906", (None, None), True),
    # one border closure: a verb and its noun, coded as a sanction and as coercion
    ("In 1984 Cestia closed its border with Borvia after the riots in Tarsk.", "SANCTION",
     "closed", "1984", ("CES", "BOR"),
     "The closure of the Cestian border after the Tarsk riots in 1984 ruined the market towns.", "COERCE",
     "closure", "1984", (None, None), True),
    # the same predicate two years apart: two rounds of sanctions
    ("In March 1977 Aldoria imposed trade sanctions on Borvia over the dam dispute.", "SANCTION",
     "imposed trade sanctions", "1977-03", ("ALD", "BOR"),
     "The Aldorian cabinet imposed restrictive measures on Borvian exporters in March 1979, the trade"
     " ministry said.", "OTHER", "imposed", "1979-03", ("ALD", None), False),
    # the same predicate, another state acting: two acts
    ("In March 1977 Aldoria imposed trade sanctions on Borvia over the dam dispute.", "SANCTION",
     "imposed trade sanctions", "1977-03", ("ALD", "BOR"),
     "In March 1977 Cestia imposed restrictive measures on Borvia over the dam dispute.", "OTHER",
     "imposed", "1977-03", ("CES", "BOR"), False),
    # another predicate of the same year: the rule needs one predicate
    ("In 1984 Cestia closed its border with Borvia after the riots in Tarsk.", "SANCTION",
     "closed", "1984", ("CES", "BOR"),
     "In 1984 Cestian police detained Borvian traders after the riots in Tarsk.", "COERCE",
     "detained", "1984", ("CES", "BOR"), False),
]


LEMMAS = {"imposed": "impose", "founded": "found"}


def _pair(case) -> list:
    a, ta, tra, da, (sa, ga), b, tb, trb, db, (sb, gb), _ = case
    ma = mention(1, a, ta, src=sa, tgt=ga, date=da, trigger=tra)
    mb = mention(2, b, tb, src=sb, tgt=gb, date=db, trigger=trb)
    for m in (ma, mb):  # an uncoded happening keeps its predicate's lemma (as the extractor does)
        if m.type == "OTHER":
            m.subtype = LEMMAS[m.trigger]
    return [ma, mb]


@needs_minilm
@pytest.mark.parametrize("case", SAME_PREDICATE, ids=lambda c: c[0][:40] + " / " + c[5][:40])
def test_types_of_two_families_told_with_one_predicate_merge(case) -> None:
    groups = merge.cluster_mentions(_pair(case))
    assert (len(groups) == 1) is case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in SAME_PREDICATE if c[-1]], ids=lambda c: c[0][:40])
def test_without_one_predicate_they_stay_apart(case, monkeypatch) -> None:
    """The table's merges are this rule's: with the threshold out of reach they stay apart."""
    monkeypatch.setattr(merge, "SIM_SAME_PREDICATE", 1.01)
    assert len(merge.cluster_mentions(_pair(case))) == 2


@pytest.mark.parametrize("trigger, lemmas", [
    ("imposed trade sanctions", {"impose", "sanction"}),
    ("closure", {"close"}),
    ("founded", {"found"}),
    ("took", set()),  # a hollow predicate says nothing of which act
    ("made", set()),
])
def test_predicate_lemmas_from_a_verb_or_its_noun(trigger, lemmas) -> None:
    m = mention(1, "Invented sentence.", "ASSAULT", trigger=trigger)
    assert set(merge.predicate_lemmas(m)) == lemmas


# -- near dates of one named happening ------------------------------------------------------------
# (sentence a, date a, sentence b, date b, type, trigger a, trigger b, merged?): no actor resolved on
# either side, so only the predicate, the place's name and the wording say it is one happening whose
# date one source slips (the conflict then is a disagreement). Modelled on an accord's signing, a
# capture and an election whose day two sources give differently (three dev subjects).
NEAR_NAMED = [
    # one capture, four days apart, at one named place
    ("Rebel commander Tomas Rell was captured near Vostrana on 17 October 1958.", "1958-10-17",
     "Tomas Rell, hunted for four years, was finally captured in the hills above Vostrana on 21 October"
     " 1958 by a village guard.", "1958-10-21", "COERCE", "captured", "captured", True),
    # one election, ten days apart, in one named town
    ("The Borvian parliament elected the prince king at Tarsk on 18 November 1911.", "1911-11-18",
     "Meeting in Tarsk, the Borvian parliament elected its new king on 28 November 1911, ending months of"
     " uncertainty.", "1911-11-28", "ELECT", "elected", "elected", True),
    # one signing, two weeks apart, at one named castle
    ("The fisheries agreement was signed at Castel Miren on 12 March 1971.", "1971-03-12",
     "The ministers met at Castel Miren, and the fisheries agreement was signed there on 26 March 1971"
     " after a long night.", "1971-03-26", "AGREE", "signed", "signed", True),
    # another predicate at the same place: a capture and a release
    ("Rebel commander Tomas Rell was captured near Vostrana on 17 October 1958.", "1958-10-17",
     "Tomas Rell was released from the prison at Vostrana on 21 October 1958 by a village guard.",
     "1958-10-21", "COERCE", "captured", "released", False),
    # no name in common: nothing says which capture
    ("Rebel commander Tomas Rell was captured near Vostrana on 17 October 1958.", "1958-10-17",
     "Tomas Rell, hunted for four years, was finally captured in the hills on 21 October 1958 by a"
     " village guard.", "1958-10-21", "COERCE", "captured", "captured", False),
    # more than a month apart: two signings
    ("The fisheries agreement was signed at Castel Miren on 12 March 1971.", "1971-03-12",
     "The ministers met at Castel Miren, and the fisheries agreement was signed there on 26 May 1971"
     " after a long night.", "1971-05-26", "AGREE", "signed", "signed", False),
]


def _near_pair(case) -> list:
    a, da, b, db, type_, ta, tb, _ = case
    return [mention(1, a, type_, date=da, trigger=ta), mention(2, b, type_, date=db, trigger=tb)]


@needs_minilm
@pytest.mark.parametrize("case", NEAR_NAMED, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_near_dates_of_one_named_happening_merge(case) -> None:
    assert (len(merge.cluster_mentions(_near_pair(case))) == 1) is case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in NEAR_NAMED if c[-1]], ids=lambda c: c[0][:40])
def test_near_named_merges_are_this_rules(case, monkeypatch) -> None:
    monkeypatch.setattr(merge, "SIM_NEAR_NAMED", 1.01)
    assert len(merge.cluster_mentions(_near_pair(case))) == 2


@needs_minilm
@pytest.mark.parametrize("table, pair", [(SAME_PREDICATE, _pair), (NEAR_NAMED, _near_pair)], ids=["one predicate", "near named"])
def test_merged_alike_persisted_one_document_at_a_time(table, pair, tmp_path) -> None:
    """The chronicle stored document by document (blocking finds the pairs) groups as the one computed
    at once; each of the table's merges holds in it."""
    from test_chronicle_merge_cases import _stored_and_computed

    for n, case in enumerate(c for c in table if c[-1]):
        stored, computed = _stored_and_computed(tmp_path / f"case{n}.db", pair(case))
        assert stored == computed and len(stored) == 1
