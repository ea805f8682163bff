"""How far the chronicle stands behind an exported event as a coded event: its ``tier``.

Every merged event is exported (a chronicle needs its happenings, and the gold of a subject
cites them); the tier says which of them a reader of *coded event data* may take as it is:

- ``coded``: a PLOVER event (type of the ``plover`` family), told as happening (not negated),
  with a named doer and a date, and not a claim that one sentence alone reports. In hand-judged
  samples of seven tuning subjects (session 23) the events failing one of these tests were
  wrong whatever else was right;
  The date test is a trade-off, measured: of the undated events judged in the history subjects
  1 of 9 was right (korea's news: about 3 of 10), but on the coding set's news items an undated
  event is often rightly undated (coding dev: 15 of 23 type-right, their gold has no date) and
  those fall to ``unclear`` too; without the test the seed-23 coded-tier samples of the seven
  tuning subjects scored 40/105 right instead of 45/103;
- ``happening``: a chronicle happening or OTHER (a death, a taking of office, a founding): a
  real entry of the timeline that PLOVER does not code;
- ``unclear``: a PLOVER type told as not having happened, with no named doer (the doer is
  implied or generic), with no date, or a claim that one sentence alone reports: kept for the
  timeline and the questions, not vouched for as a coded event.

The tests are the :data:`TIER_TESTS` registry, in order: the first that fails names the tier.
"""

from __future__ import annotations

from collections.abc import Callable

from chronica.chronicle.model import ChronicleEvent
from chronica.events.model import HEDGED, NEGATED, REPORTED, SOURCE
from chronica.events.ontology import load_ontology

CODED, HAPPENING, UNCLEAR = "coded", "happening", "unclear"
TIERS = (CODED, HAPPENING, UNCLEAR)


def _plover(e: ChronicleEvent) -> bool:
    return e.type in load_ontology().plover_types


def _told_as_happening(e: ChronicleEvent) -> bool:
    return e.modality != NEGATED


def _named_doer(e: ChronicleEvent) -> bool:
    """A doer the actor dictionaries know, a person named, or one acting for a known state (not
    "soldier", "relations", a company or a pipeline the dictionaries do not know)."""
    return any(p.role == SOURCE and (p.actor_id or p.state or p.kind == "person") for p in e.participants)


def _dated(e: ChronicleEvent) -> bool:
    return e.date is not None


def _not_a_lone_claim(e: ChronicleEvent) -> bool:
    """Not one sentence's report of what someone said or is said to have done ("Quito has always
    said the Peruvians attacked first", "he claimed the Tanzanians had attacked first"): such a
    claim restates an old happening in speech, and its date and recipient are the speech's."""
    return not (e.modality in (REPORTED, HEDGED) and len(e.mentions) < 2)


#: (test, the tier of an event that fails it), tried in order
TIER_TESTS: tuple[tuple[Callable[[ChronicleEvent], bool], str], ...] = (
    (_plover, HAPPENING),
    (_told_as_happening, UNCLEAR),
    (_named_doer, UNCLEAR),
    (_dated, UNCLEAR),
    (_not_a_lone_claim, UNCLEAR),
)


def tier(e: ChronicleEvent) -> str:
    """The event's tier: the tier of the first test of :data:`TIER_TESTS` it fails, else ``coded``."""
    for test, failed in TIER_TESTS:
        if not test(e):
            return failed
    return CODED
