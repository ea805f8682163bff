"""Merge case table (merge58), invented sentences of the invented world (tests/test_chronicle_data.ACTORS):

NESTED - one happening of one type told by a source that names no actor for it and dates it to
the year ("the 1962 treaty") and by another that names the actors and dates it to a day or month
of that year: the finer date inside the coarser, the wording needs
:data:`merge.SIM_NO_ACTORS_NESTED`, not :data:`merge.SIM_NO_ACTORS` (on dev: a treaty, a coup,
an incursion, an accord's signing ... in nine subjects). Dates that do not nest, another act of the
same type in the same year worded apart, and wording under the nested need stay apart."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a: no actor, date a, sentence b, type, actors of b (source, target), date b, merged?)
NESTED = [
    # one treaty: the year against the day of its signing (0.69, under SIM_NO_ACTORS' 0.72)
    ("The 1962 Tarsk treaty set the river border where it runs today.", "1962",
     "Aldoria and Borvia signed the Tarsk treaty on 4 May 1962, fixing the river border.", "SUPPORT",
     ("ALD", "BOR"), "1962-05-04", True),
    # one coup: the year against its day (0.61)
    ("The coup of 1979 ended the civilian government in Vessa.", "1979",
     "Borvian officers seized power in Vessa on 3 August 1979 and dissolved the cabinet.", "COERCE",
     ("BOR", None), "1979-08-03", True),
    # one fishing ban: the year against its day (0.69)
    ("The fishing ban of 1983 kept boats out of the Vel estuary for a decade.", "1983",
     "Aldoria banned Borvian fishing boats from the Vel estuary on 1 April 1983.", "SANCTION",
     ("ALD", "BOR"), "1983-04-01", True),
    # controls: the treaty's year against a signing two years on (the dates do not nest; a year's
    # slip of one named treaty is merge.NAMED_SLIP_DAYS', tests/test_chronicle_merge_slip66.py)
    ("The 1962 Tarsk treaty set the river border where it runs today.", "1962",
     "Aldoria and Borvia signed the Tarsk treaty on 4 May 1964, fixing the river border.", "SUPPORT",
     ("ALD", "BOR"), "1964-05-04", False),
    # ... against another agreement of that day, worded apart (0.26)
    ("The 1962 Tarsk treaty set the river border where it runs today.", "1962",
     "Aldoria and Borvia signed a trade agreement on 4 May 1962 in Vessa.", "SUPPORT",
     ("ALD", "BOR"), "1962-05-04", False),
    # ... one pact worded under the nested need (0.50)
    ("The fisheries pact of 1974 was a way for both capitals to calm the coast.", "1974",
     "Aldoria and Borvia concluded a fisheries pact in June 1974 after a season of seizures.", "SUPPORT",
     ("ALD", "BOR"), "1974-06", False),
]


def _nested_pair(case) -> list:
    a, da, b, etype, (src, tgt), db, _ = case
    return [mention(1, a, etype, date=da), mention(2, b, etype, src=src, tgt=tgt, date=db)]


@needs_minilm
@pytest.mark.parametrize("case", NESTED, ids=lambda c: c[0][:30] + " / " + c[2][:30])
def test_a_year_without_actors_holds_the_day_of_one_happening(case) -> None:
    assert (len(merge.cluster_mentions(_nested_pair(case))) == 1) is case[-1]


@needs_minilm
def test_the_nested_need_is_what_joins_them() -> None:
    # the first case's wording is under the need of actors shared with neither side's date nested
    a, b = _nested_pair(NESTED[0])
    sims = merge.default_embedder().embed([a.sentence, b.sentence])
    sim = float(sims[0] @ sims[1])
    assert merge.SIM_NO_ACTORS_NESTED <= sim < merge.SIM_NO_ACTORS
    ia, ib = merge.mention_info(a), merge.mention_info(b)
    assert merge.pair_need(ia, ib)[0] == merge.SIM_NO_ACTORS_NESTED


@pytest.mark.parametrize("da, db, nested", [
    ("1962", "1962-05-04", True), ("1962-05", "1962", True), ("1962", "1962", True),
    ("1962", "1963-05-04", False), ("1962-05", "1962-06-01", False),
])
def test_nested_dates_are_one_inside_the_other(da, db, nested) -> None:
    a = merge.mention_info(mention(1, "A text.", "SUPPORT", date=da))
    b = merge.mention_info(mention(2, "Another text.", "SUPPORT", src="ALD", date=db))
    assert merge._nested(a, b) is nested


@needs_minilm
@pytest.mark.parametrize("case", [c for c in NESTED if c[-1]], ids=lambda c: c[0][:40])
def test_the_stored_chronicle_joins_them_as_the_computed_one(tmp_path, case) -> None:
    stored, computed = _stored_and_computed(tmp_path / "c.db", _nested_pair(case))
    assert stored == computed and len(computed) == 1
