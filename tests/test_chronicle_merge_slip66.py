"""Case table (invented texts) for a named happening whose written dates slip on one figure
(:data:`chronica.chronicle.merge.NAMED_SLIP_DAYS`, :func:`chronica.chronicle.merge._one_figure_apart`):
both triggers say the act with one predicate, both sentences name one thing, types of one family,
the dates differ in one figure only (the year by one, or the month, or the day) at the coarser
one's precision. Modelled on accords signed a year apart by their sources, and on one refusal
and one withdrawal placed in two months of one year (dev subjects of three pairs)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, date a, actors a, sentence b, date b, actors b, type, trigger a, trigger b, merged?)
SLIPS = [
    # one signing, the year slipped, the day and month alike
    ("On 4 May 1961 Aldoria and Borvia signed the Tarsk Agreement on the river.", "1961-05-04", ("ALD", "BOR"),
     "Under the Tarsk Agreement, signed on 4 May 1962, Aldoria could build a weir on the river.", "1962-05-04",
     ("ALD", None), "AGREE", "signed", "signed", True),
    # one signing, two years written a year apart
    ("In 1965 Aldoria and Borvia signed the Merel Treaty on fishing zones, which came into force later.", "1965",
     ("ALD", "BOR"), "A limited accord on fishing zones, the Merel Treaty, was signed by Borvia and Aldoria in 1966.",
     "1966", ("BOR", "ALD"), "AGREE", "signed", "signed", True),
    # one closure of a named pipeline, the month slipped
    ("Cestia closed the Verka pipeline to Borvian oil in May 1971 after the tariff dispute.", "1971-05",
     ("CES", None), "After the tariff dispute, Cestia closed the Verka pipeline to Borvian oil in August 1971.",
     "1971-08", ("CES", None), "SANCTION", "closed", "closed", True),
    # two figures apart (day and month): two signings
    ("On 12 March 1971 Aldoria and Borvia signed the Merel Treaty on fishing zones.", "1971-03-12", ("ALD", "BOR"),
     "Aldoria and Borvia signed the Merel Treaty on fishing zones on 26 May 1971 after a long night.",
     "1971-05-26", ("ALD", "BOR"), "AGREE", "signed", "signed", False),
    # two years apart: two signings of the treaty's kind
    ("In 1965 Aldoria and Borvia signed the Merel Treaty on fishing zones, which came into force later.", "1965",
     ("ALD", "BOR"), "A limited accord on fishing zones, the Merel Treaty, was signed by Borvia and Aldoria in 1967.",
     "1967", ("BOR", "ALD"), "AGREE", "signed", "signed", False),
    # the year slipped, but no name in common: nothing says which signing
    ("On 4 May 1961 Aldoria and Borvia signed an agreement on the river.", "1961-05-04", ("ALD", "BOR"),
     "Under an agreement signed on 4 May 1962, Aldoria could build a weir on the river.", "1962-05-04",
     ("ALD", None), "AGREE", "signed", "signed", False),
    # the same name, another predicate: a signing and a ratification a year later
    ("On 4 May 1961 Aldoria and Borvia signed the Tarsk Agreement on the river.", "1961-05-04", ("ALD", "BOR"),
     "The parliament of Borvia ratified the Tarsk Agreement on the river on 4 May 1962.", "1962-05-04",
     ("BOR", None), "AGREE", "signed", "ratified", False),
]


def _pair(case) -> list:
    a, da, (sa, ta_), b, db, (sb, tb_), type_, ta, tb, _ = case
    return [mention(1, a, type_, src=sa, tgt=ta_, date=da, trigger=ta),
            mention(2, b, type_, src=sb, tgt=tb_, date=db, trigger=tb)]


@pytest.mark.parametrize("case", SLIPS, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_one_figure_apart(case) -> None:
    a, b = (merge._info(m) for m in _pair(case))
    far = merge._slipped_far(a, b)
    assert far
    expected = case[4] not in ("1967", "1971-05-26")
    assert merge._one_figure_apart(a, b) is expected


@needs_minilm
@pytest.mark.parametrize("case", SLIPS, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_named_happening_slipped_one_figure_merges(case) -> None:
    assert (len(merge.cluster_mentions(_pair(case))) == 1) is case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in SLIPS if c[-1]], ids=lambda c: c[0][:40])
def test_slip_merges_are_this_rules(case, monkeypatch) -> None:
    monkeypatch.setattr(merge, "NAMED_SLIP_DAYS", 0)
    assert len(merge.cluster_mentions(_pair(case))) == 2


@needs_minilm
def test_slip_merges_persisted_one_document_at_a_time(tmp_path) -> None:
    """The chronicle stored document by document (blocking finds the pairs a year apart by the
    names of things) groups as the one computed at once; each of the table's merges holds in it."""
    from test_chronicle_merge_cases import _stored_and_computed

    for n, case in enumerate(c for c in SLIPS if c[-1]):
        stored, computed = _stored_and_computed(tmp_path / f"case{n}.db", _pair(case))
        assert stored == computed and len(stored) == 1
