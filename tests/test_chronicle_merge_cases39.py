"""Merge case table (merge39): one happening dated to the day by two sources a few days apart
whose actors do not agree as :func:`chronica.chronicle.merge._near_dates` asks — one side names no
actor, or the actors each names are not all among the other's (:func:`merge._near_days`).
Sentences of the invented world (tests/test_chronicle_data.ACTORS), written in the style of the
dev texts' reports: an agreement signed aboard a ship on the 17th in one report and the 19th in
another, neither naming its parties (nldidn); a conference opened on the 23rd or the 25th (nldidn);
an assault on a capital begun on the 18th or the 19th, one side naming the attacker (nldidn); a
peace agreement signed on the 11th or the 12th, a wire naming both ministers (indmal); a treaty
signed on 31 July or 1 August (nplind); a declaration of independence on the 25th or the 26th
(slocro)."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence, date, sentence, date, type, (source, target) of each, merged?)
NEAR_DAYS = [
    # one agreement signed aboard a ship, dated two days apart, no party named by either
    ("The committee's efforts led to the Tarsk Agreement, signed on 17 January 1958 aboard the transport Veldra, anchored off Vanta.",
     "1958-01-17",
     "The Tarsk Agreement, signed on 19 January 1958 aboard the transport Veldra off Vanta, fared no better.",
     "1958-01-19", "AGREE", (None, None), (None, None), True),
    # one conference opened in the capital, dated the 23rd and the 25th, no party named
    ("The Round Table Conference opened in Tarsk on 25 August 1959 and closed on 2 November.",
     "1959-08-25",
     "The Round Table Conference opened in the great hall in Tarsk on 23 August 1959 and closed on 2 November.",
     "1959-08-23", "OTHER", (None, None), (None, None), True),
    # one airborne assault on a capital, a day apart, one side naming the attacker
    ("The second offensive began before dawn on 18 December 1961, when Borvian paratroopers dropped on Vanta airfield.",
     "1961-12-18",
     "The second offensive began on 19 December 1961 with an airborne assault on Vanta, the Cestian capital.",
     "1961-12-19", "ASSAULT", ("BOR", None), (None, None), True),
    # one peace agreement, a day apart; one names the signatories, the other one party only
    ("A peace agreement between Aldoria and Borvia was signed in Tarsk on 11 August 1966, ending the confrontation.",
     "1966-08-11",
     "Talks between the Aldorian and Borvian foreign ministers produced a peace agreement, signed in Tarsk on 12 August 1966.",
     "1966-08-12", "AGREE", ("ALD", "BOR"), ("ALD", None), True),
    # controls: two acts four days apart are not a slip (the window is three days)
    ("The Tarsk Agreement was signed on 17 January 1958 aboard the transport Veldra.", "1958-01-17",
     "A second agreement was signed on 21 January 1958 aboard the transport Veldra.", "1958-01-21", "AGREE",
     (None, None), (None, None), False),
    # ... nor a month named against a day: the rule asks both days
    ("The Round Table Conference opened in Tarsk on 25 August 1959.", "1959-08-25",
     "The Round Table Conference opened in Tarsk in September 1959.", "1959-09", "OTHER",
     (None, None), (None, None), False),
    # ... two assaults a day apart by two attackers: the actors clash
    ("Borvian paratroopers dropped on Vanta airfield on 18 December 1961.", "1961-12-18",
     "Cestian paratroopers dropped on Vanta airfield on 19 December 1961.", "1961-12-19", "ASSAULT",
     ("BOR", None), ("CES", None), False),
    # ... one side naming no actor, a day apart, worded apart: a shelling and a ceasefire talk
    ("Artillery shelled the port of Tarsk on 3 May 1980.", "1980-05-03",
     "Envoys met in Vanta on 4 May 1980 to discuss prisoner exchanges.", "1980-05-04", "ASSAULT",
     (None, None), ("ALD", "BOR"), False),
    # ... the second of a numbered series, a day later: two happenings
    ("The Veldra 1 accord was signed aboard the transport on 17 January 1958.", "1958-01-17",
     "The Veldra 2 accord was signed aboard the transport on 18 January 1958.", "1958-01-18", "AGREE",
     (None, None), (None, None), False),
]


def _pair(case) -> list:
    a, da, b, db, t, (sa, ga), (sb, gb), _ = case
    return [mention(1, a, t, src=sa, tgt=ga, date=da), mention(2, b, t, src=sb, tgt=gb, date=db)]


@needs_minilm
@pytest.mark.parametrize("case", NEAR_DAYS, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_near_days_of_one_happening_merge_whatever_the_actors(case) -> None:
    groups = merge.cluster_mentions(_pair(case))
    assert (len(groups) == 1) is case[-1]


@needs_minilm
def test_near_days_merge_reports_the_conflict_as_near_days() -> None:
    """The pair is a first-pass candidate ("near days"), not kept apart by its dates."""
    from chronica.chronicle.embeddings import default_embedder

    a, b = _pair(NEAR_DAYS[0])
    v = default_embedder().embed([a.sentence, b.sentence])
    sim = float(v[0] @ v[1])
    assert sim >= merge.SIM_NEAR_DAYS
    assert merge.explain_pair(a, b, sim).startswith("candidate")


def test_near_days_off_keeps_the_dates_apart(monkeypatch) -> None:
    monkeypatch.setattr(merge, "NEAR_DAYS", 0)
    monkeypatch.setattr(merge, "SIM_NEAR_NAMED", 1.01)  # nor the near dates of one named happening
    a, b = _pair(NEAR_DAYS[0])
    assert merge.explain_pair(a, b, 0.9) == "apart: dates"


@needs_minilm
def test_near_days_merge_alike_persisted_one_document_at_a_time(tmp_path) -> None:
    """The stored chronicle, updated one document at a time, joins what the whole computes."""
    mentions = [m for case in NEAR_DAYS[:4] for m in _pair(case)]
    stored, computed = _stored_and_computed(tmp_path / "cases.db", mentions)
    assert stored == computed
    assert sorted(len(g) for g in stored) == [2, 2, 2, 2]
