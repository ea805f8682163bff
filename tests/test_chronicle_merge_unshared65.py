"""Merge case tables (merge65): two reports of one happening of one type that share no actor
(one side names none, or each names another of its parties). Sentences of the invented world
(tests/test_chronicle_data.ACTORS).

INFERRED - dates that overlap at the year or finer but are not both written in the sentence (one or
both placed by the narrative: "that morning", "later that year"): a first-pass candidate at
:data:`merge.SIM_NO_ACTORS_INFERRED`; before, no first-pass case at all (on dev: attacks,
landings, an arrest, in eight subjects).

SAME_YEAR - both dates written and overlapping at the year, one type: a first-pass candidate at
:data:`merge.SIM_NO_ACTORS_SAME_TYPE`, not :data:`merge.SIM_NO_ACTORS` (types of two families).

THING - an undated mention and a dated one of its type, no actor shared, the name of one thing in
both sentences (:func:`merge._undated_thing`): the second pass joins them at
:data:`merge.SIM_UNDATED_THING` when no other such happening is as close (on dev: attacks on a named
place, a treaty named by its town, arrests, in seventeen subjects)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

from chronica.events.model import SOURCE, Participant
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, actors a, date a, source of a's date, sentence b, actors b, date b, its source, type, merged?)
INFERRED = [
    # one pilot shot down on one day, both days placed by the narrative (0.78)
    ("That morning the pilot Tomas Rell was shot down over the Vel estuary.", (None, None), "1981-03-02",
     "narrative", "As the offensive opened, the Aldorian airman Tomas Rell was shot down above the "
     "Vel estuary.", (None, "ALD"), "1981-03-02", "narrative", "ASSAULT", True),
    # one air raid: a written year against the year the narrative gives (0.83)
    ("Later that year aircraft bombed the harbour of Marsa Tel.", (None, None), "1984", "narrative",
     "In 1984 Borvian aircraft bombed the port of Marsa Tel.", ("BOR", None), "1984", "sentence",
     "ASSAULT", True),
    # controls: two attacks of one morning, worded apart (0.38)
    ("That morning a car bomb exploded in the Vessa market.", (None, None), "1981-03-02", "narrative",
     "That morning the pilot Tomas Rell was shot down over the Vel estuary.", (None, "ALD"), "1981-03-02",
     "narrative", "ASSAULT", False),
    # ... two attacks of one year, worded apart (0.24)
    ("Later that year aircraft bombed the harbour of Marsa Tel.", (None, None), "1984", "narrative",
     "In 1984 Borvian troops shelled the border town of Kesh.", ("BOR", None), "1984", "sentence",
     "ASSAULT", False),
    # ... one air raid's wording, the narrative's year not the written one
    ("Later that year aircraft bombed the harbour of Marsa Tel.", (None, None), "1985", "narrative",
     "In 1984 Borvian aircraft bombed the port of Marsa Tel.", ("BOR", None), "1984", "sentence",
     "ASSAULT", False),
]


def _inferred_pair(case) -> list:
    a, (sa, ta), da, ra, b, (sb, tb), db, rb, type_, _ = case
    return [mention(1, a, type_, src=sa, tgt=ta, date=da, date_source=ra),
            mention(2, b, type_, src=sb, tgt=tb, date=db, date_source=rb)]


@needs_minilm
@pytest.mark.parametrize("case", INFERRED, ids=lambda c: c[0][:30] + " / " + c[4][:30])
def test_an_inferred_date_and_no_actor_in_common_join_on_close_wording(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_inferred_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule joins them: without it they stay apart
        monkeypatch.setattr(merge, "SIM_NO_ACTORS_INFERRED", 1.01)
        assert len(merge.cluster_mentions(_inferred_pair(case))) == 2


def test_the_inferred_case_is_the_need_of_such_a_pair() -> None:
    a, b = (merge.mention_info(m) for m in _inferred_pair(INFERRED[0]))
    assert merge.pair_need(a, b)[0] == merge.SIM_NO_ACTORS_INFERRED
    # both dates written: the written-date cases, as before (no actor on one side, same day)
    a, b = (merge.mention_info(m) for m in _inferred_pair(INFERRED[0][:3] + ("sentence",) + INFERRED[0][4:7]
                                                          + ("sentence",) + INFERRED[0][8:]))
    assert merge.pair_need(a, b)[0] == merge.SIM_NO_ACTORS_SAME_DAY


@needs_minilm
@pytest.mark.parametrize("case", [c for c in INFERRED if c[-1]], ids=lambda c: c[0][:40])
def test_the_stored_chronicle_joins_inferred_pairs_as_the_computed_one(tmp_path, case) -> None:
    stored, computed = _stored_and_computed(tmp_path / "c.db", _inferred_pair(case))
    assert stored == computed and len(computed) == 1


UNDATED = "The shelling of the Marsa Tel camp killed dozens of refugees."
MAY = "On 3 May 1996 Borvian artillery shelled the refugee camp at Marsa Tel, killing 90 people."
JUNE = "On 9 June 1996 Borvian artillery shelled the Marsa Tel camp again, killing 12 people."
# (undated sentence, its actors, dated sentences with their actors, types and dates, merged with the first?)
THING = [
    # one camp shelled: the undated report names the camp and no actor (0.76)
    (UNDATED, (None, None), [(MAY, ("BOR", None), "ASSAULT", "1996-05-03")], True),
    # controls: the camp shelled twice, the undated report about as close to both (0.76, 0.70)
    (UNDATED, (None, None), [(MAY, ("BOR", None), "ASSAULT", "1996-05-03"),
                             (JUNE, ("BOR", None), "ASSAULT", "1996-06-09")], False),
    # ... no thing named in the undated sentence (0.61)
    ("The shelling killed dozens of refugees in the camp.", (None, None),
     [(MAY, ("BOR", None), "ASSAULT", "1996-05-03")], False),
    # ... the camp named, another act of that day (0.46)
    (UNDATED, (None, None), [("On 3 May 1996 Borvian police closed the road to the Marsa Tel camp.",
                              ("BOR", None), "ASSAULT", "1996-05-03")], False),
    # ... the same camp, types of two families (an accusation)
    (UNDATED, (None, None), [(MAY, ("BOR", None), "ACCUSE", "1996-05-03")], False),
]


def _thing_mentions(case) -> list:
    u, (su, tu), dated, _ = case
    out = [mention(1, u, "ASSAULT", src=su, tgt=tu)]
    out += [mention(2 + n, s, t, src=src, tgt=tgt, date=d) for n, (s, (src, tgt), t, d) in enumerate(dated)]
    return out


@needs_minilm
@pytest.mark.parametrize("case", THING, ids=lambda c: c[0][:30] + " / " + c[2][0][0][:30])
def test_an_undated_report_naming_one_thing_joins_the_one_happening(case, monkeypatch) -> None:
    ms = _thing_mentions(case)
    joined = any(ms[0] in g and ms[1] in g for g in merge.cluster_mentions(ms))
    assert joined is case[-1]
    if case[-1]:  # the rule joins them: without it they stay apart
        monkeypatch.setattr(merge, "SIM_UNDATED_THING", 1.01)
        assert len(merge.cluster_mentions(_thing_mentions(case))) == len(ms)


def test_undated_thing_needs_the_thing_one_type_and_no_actor_shared() -> None:
    u, may = (merge.mention_info(m) for m in _thing_mentions(THING[0]))
    assert merge._undated_thing(u, may) and merge._undated_thing(may, u)
    bare, may = (merge.mention_info(m) for m in _thing_mentions(THING[2]))
    assert not merge._undated_thing(bare, may)
    # an actor in common: the rules of agreeing actors weigh it, not this one
    shared = merge.mention_info(mention(1, UNDATED, "ASSAULT", src="BOR"))
    assert not merge._undated_thing(shared, merge.mention_info(mention(2, MAY, "ASSAULT", src="BOR", date="1996-05-03")))
    assert "thing:marsa" in merge.thing_keys(u) and "thing:tel" in merge.thing_keys(may)


@needs_minilm
def test_the_stored_chronicle_joins_the_undated_report_as_the_computed_one(tmp_path) -> None:
    stored, computed = _stored_and_computed(tmp_path / "c.db", _thing_mentions(THING[0]))
    assert stored == computed and len(computed) == 1


# (sentence a, date a, sentence b, date b, type, merged?): both dates written; a names the state that
# acted (Aldoria), b a body the knowledge base does not know ("the Vessa council"): no actor in common
SAME_YEAR = [
    # one expulsion, one year (0.67)
    ("In 1984 Aldoria expelled the trade mission that had worked in Vessa for a decade.", "1984",
     "The Vessa council expelled Borvia's trade mission in 1984, giving its staff two days to leave.", "1984",
     "SANCTION", True),
    # controls: two expulsions of one year, worded apart
    ("In 1984 Aldoria expelled the trade mission that had worked in Vessa for a decade.", "1984",
     "In 1984 the Vessa council declared Borvia's consul in Kesh persona non grata.", "1984", "SANCTION", False),
    # ... one expulsion's wording, two years
    ("In 1984 Aldoria expelled the trade mission that had worked in Vessa for a decade.", "1984",
     "The Vessa council expelled Borvia's trade mission in 1986, giving its staff two days to leave.", "1986",
     "SANCTION", False),
]


def _year_pair(case) -> list:
    a, da, b, db, type_, _ = case
    mb = mention(2, b, type_, date=db)
    mb.participants = [Participant(role=SOURCE, text="the Vessa council")]
    return [mention(1, a, type_, src="ALD", date=da), mb]


@needs_minilm
@pytest.mark.parametrize("case", SAME_YEAR, ids=lambda c: c[0][:30] + " / " + c[2][:30])
def test_one_type_of_one_written_year_without_an_actor_in_common(case, monkeypatch) -> None:
    assert (len(merge.cluster_mentions(_year_pair(case))) == 1) is case[-1]
    if case[-1]:  # the rule joins them: with the need of two families they stay apart
        monkeypatch.setattr(merge, "SIM_NO_ACTORS_SAME_TYPE", merge.SIM_NO_ACTORS)
        assert len(merge.cluster_mentions(_year_pair(case))) == 2


@needs_minilm
def test_the_stored_chronicle_joins_the_same_year_pair_as_the_computed_one(tmp_path) -> None:
    stored, computed = _stored_and_computed(tmp_path / "c.db", _year_pair(SAME_YEAR[0]))
    assert stored == computed and len(computed) == 1
