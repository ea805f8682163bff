"""Who did it (chronica/claims/doers.py): how doers are keyed and when two sources' doers of one
role can both be right, as case tables."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronica.claims import doers
from chronica.claims.rules import load_rules


def actor(kind, actor_id=None, country=None):
    return SimpleNamespace(kind=kind, actor_id=actor_id, country=country)


@pytest.mark.parametrize("mention, key", [
    (actor("state", "USA", "USA"), "USA"),
    (actor("person", "ronald_reagan", "USA"), "USA"),  # a leader in office is his state
    (actor("person", "kim_il_sung", None), "person:kim_il_sung"),  # no state known at that date
    (actor("armed_force", "CHN/military", "CHN"), "CHN"),  # an army is its state
    (actor("agent", "CHN", "CHN"), "CHN"),  # "Chinese troops"
    (actor("government_seat", "seat:moscow", "RUS"), "RUS"),  # "Moscow agreed"
    (actor("organisation", "UN", None), "UN"),
    (actor("place", None, None), None),  # where it happened is no doer
    (actor("person", None, None), None),  # an unresolved name: the words decide (extract)
])
def test_doers_key(mention, key):
    assert doers.doer_key(mention, load_rules()) == key


def test_doers_key_reads_event_participants():
    """An event participant names its state ``state``, an actor mention ``country``."""
    participant = SimpleNamespace(kind="person", actor_id="yitzhak_rabin", state="ISR")
    assert doers.doer_key(participant, load_rules()) == "ISR"


@pytest.mark.parametrize("a, b, compatible", [
    (["CHN"], ["CHN"], "same doer"),
    (["name:theodore roosevelt"], ["USA"], "unresolved name"),  # may be the state's leader
    (["name:cardinal samore"], ["VAT"], "unresolved name"),  # may be its envoy
    (["name:theodore roosevelt"], ["FRA"], "unresolved name"),  # a miss rather than a false one
    (["person:kim_il_sung"], ["PRK"], "person without a known state"),
    (["USA"], ["FRA"], None),
    (["person:kim_il_sung"], ["person:syngman_rhee"], None),
    (["desc:english sailor"], ["ESP"], None),
    (["aldoria"], ["borvia"], None),  # states the knowledge base does not know
])
def test_doers_compatible_reason(a, b, compatible):
    assert doers.compatible_reason(a, b) == compatible
    assert doers.different_doers(a, b) is (compatible is None)


@pytest.mark.parametrize("a, a_complete, b, b_complete, conflict", [
    (["GBR", "GRC", "TUR"], False, ["GBR", "GRC"], True, False),  # fewer parties
    (["USA", "GBR", "AUS"], False, ["USA", "GBR"], False, False),
    (["SRB", "XKX"], True, ["ALB", "XKX"], True, True),
    (["SRB", "XKX"], False, ["ALB", "XKX"], False, False),  # neither names every party
    (["SRB", "XKX"], True, ["ALB", "XKX"], False, True),
    (["person:a", "SRB"], True, ["ALB", "SRB"], True, False),  # a person may act for either
    (["name:x", "SRB"], True, ["ALB", "SRB"], True, False),
])
def test_doers_lists_conflict(a, a_complete, b, b_complete, conflict):
    assert doers.lists_conflict(a, a_complete, b, b_complete) is conflict
