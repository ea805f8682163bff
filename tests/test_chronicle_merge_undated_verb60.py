"""Merge case table (merge60), invented sentences of the invented world (tests/test_chronicle_data.ACTORS):

UNDATED_VERB - an undated mention that says its act with the verb of one dated happening's trigger
(one type family, the same modality, naming two or more parties, agreeing actors) joins that happening when it is the closest of
the actors' dated happenings and the wording reaches :data:`merge.SIM_UNDATED_SAME_VERB`, although
the wording alone would need :data:`merge.SIM_UNDATED` and a margin of :data:`merge.UNDATED_MARGIN`
over the rival (on dev: a bombing, a visit, a treaty and a communiqué's regret told undated by one
source, in four subjects). Another verb, two rivals told with the verb, an act only planned, an
undated verb naming one party, and wording under the need stay apart."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm

merge = importlib.import_module("chronica.chronicle.merge")

_TARSK = ("Borvian troops seized the Aldorian valley of Tarsk on 12 October 1966 and set up a garrison there.", "seized",
          "1966-10-12")
_RIDGE = ("On 30 November 1966 Borvian troops shelled the villages of the Aldorian valley of Tarsk from the ridge.", "shelled",
          "1966-11-30")
_DEPOT = ("On 4 May 1971 Aldorian aircraft bombed the Borvian fuel depot at Tarsk, killing six guards.", "bombed",
          "1971-05-04")

# (undated sentence, its trigger, its modality, type, (source, target),
#  dated rivals as (sentence, trigger, date), index of the rival it joins or None)
UNDATED_VERB = [
    # the one rival told with "bombed": 0.64 against 0.42, under SIM_UNDATED's 0.65
    ("After Aldorian jets bombed the Borvian depot at Tarsk, Borvia closed its airspace to Aldorian airlines.",
     "bombed", "asserted", "ASSAULT", ("ALD", "BOR"),
     [_DEPOT, ("On 9 August 1971 Aldorian artillery shelled the Borvian border post at Vessa, wounding two soldiers.",
               "shelled", "1971-08-09")], 0),
    # the one rival told with "seized": 0.75 against 0.72, no margin
    ("Borvian troops seized the Aldorian valley of Tarsk, and the villagers fled across the river.",
     "seized", "asserted", "ASSAULT", ("BOR", "ALD"), [_TARSK, _RIDGE], 0),
    # controls: another verb ("captured"), the shelling as close (0.71 / 0.70)
    ("Borvian troops captured the Aldorian valley of Tarsk, and the villagers fled across the river.",
     "captured", "asserted", "ASSAULT", ("BOR", "ALD"), [_TARSK, _RIDGE], None),
    # ... a seizure only planned, against one done (0.76 / 0.74)
    ("Borvian troops were to seize the Aldorian valley of Tarsk, and the villagers fled across the river.",
     "seize", "planned", "ASSAULT", ("BOR", "ALD"), [_TARSK, _RIDGE], None),
    # ... two rivals told with "bombed" (0.64 / 0.58): the verb does not tell which
    ("After Aldorian jets bombed the Borvian depot at Tarsk, Borvia closed its airspace to Aldorian airlines.",
     "bombed", "asserted", "ASSAULT", ("ALD", "BOR"),
     [_DEPOT, ("On 9 August 1971 Aldorian aircraft bombed the Borvian border post at Vessa, wounding two soldiers.",
               "bombed", "1971-08-09")], None),
    # ... the one rival told with "recalled", wording under SIM_UNDATED_SAME_VERB (0.57)
    ("Borvia recalled its ambassador from Aldoria, and trade between the two fell by half.",
     "recalled", "asserted", "REDUCE", ("BOR", "ALD"),
     [("Borvia recalled its ambassador from Vessa on 2 March 1988 after the arrest of its consul.", "recalled",
       "1988-03-02"),
      ("On 20 March 1988 Borvia expelled two Aldorian diplomats from its capital for spying.", "expelled",
       "1988-03-20")], None),
]


def _mentions(case) -> list:
    sentence, trigger, modality, etype, (src, tgt), rivals, _ = case
    out = [mention(1, sentence, etype, src=src, tgt=tgt, trigger=trigger, modality=modality)]
    for k, (text, trig, date) in enumerate(rivals):
        out.append(mention(2 + k, text, etype, src=src, tgt=tgt, trigger=trig, date=date))
    return out


def _joined(case) -> int | None:
    ms = _mentions(case)
    for group in merge.cluster_mentions(ms):
        if ms[0] in group and len(group) > 1:
            return next(k for k, m in enumerate(ms[1:]) if m in group)
    return None


@needs_minilm
@pytest.mark.parametrize("case", UNDATED_VERB, ids=lambda c: f"{c[1]}-{c[2]}-{c[-1]}")
def test_an_undated_verb_joins_the_one_happening_told_with_it(case) -> None:
    assert _joined(case) == case[-1]


@needs_minilm
@pytest.mark.parametrize("case", [c for c in UNDATED_VERB if c[-1] is not None], ids=lambda c: c[1])
def test_the_verb_is_what_joins_them(case, monkeypatch) -> None:
    monkeypatch.setattr(merge, "SIM_UNDATED_SAME_VERB", 1.01)
    assert _joined(case) is None


@pytest.mark.parametrize("ta, tb, modality, tgt, told", [
    ("bombed", "bombed", "asserted", "BOR", True), ("bombed", "bombing", "asserted", "BOR", True),
    ("bombed", "shelled", "asserted", "BOR", False), ("bombed", "bombed", "planned", "BOR", False),
    ("bombed", "bombed", "asserted", None, False),  # the undated verb names one party: an act of its own
])
def test_told_alike_needs_one_predicate_one_modality_and_the_parties(ta, tb, modality, tgt, told) -> None:
    a = merge.mention_info(mention(1, "A text.", "ASSAULT", src="ALD", tgt=tgt, trigger=ta, modality=modality))
    b = merge.mention_info(mention(2, "Another text.", "ASSAULT", src="ALD", tgt="BOR", trigger=tb, date="1971-05-04"))
    assert merge._told_alike(a, b) is told
