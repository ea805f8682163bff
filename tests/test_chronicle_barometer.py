"""The relationship barometer: merged events only, resolution, links, uncertainty."""

from __future__ import annotations

import pytest
from test_chronicle_data import documents, mention, world, needs_minilm

from chronica.chronicle import build_chronicle
from chronica.chronicle.barometer import EVENT_SD, PRIOR_SD, choose_resolution, shrink
from chronica.chronicle import dates as D

pytestmark = needs_minilm


def test_pair_series_counts_merged_events_once_and_links_them():
    c = build_chronicle(world(), documents())
    s = c.barometer("ALD", "BOR")
    assert s.resolution == "year"
    p1950 = next(p for p in s.points if p.period == "1950")
    invasion = next(e for e in c.events if "INVADE" in {m.form for m in e.mentions})
    assert len(invasion.mentions) == 3
    assert p1950.event_ids == [invasion.id] and p1950.n == 1  # three sentences, one event
    assert p1950.mean == -9 and p1950.low < p1950.estimate < p1950.high


def test_pairs_are_undirected_and_a_leader_counts_for_his_state():
    c = build_chronicle(world(), documents())
    ab, ba = c.barometer("ALD", "UDR"), c.barometer("UDR", "ALD")
    assert [p.event_ids for p in ab.points] == [p.event_ids for p in ba.points]
    voss = {e.id for e in c.events if any(p.actor_id == "p-voss" for p in e.participants)}
    assert voss <= set(ab.event_ids)  # Voss acts for the Union, Kell for Aldoria
    assert ab.name_a == "Aldoria" and ab.name_b == "Union of Dravic Republics"
    by_name = c.barometer("Aldoria", "Union of Dravic Republics")
    assert by_name.event_ids == ab.event_ids


def test_a_decade_date_is_spread_over_its_years_without_inventing_a_year():
    c = build_chronicle(world(), documents())
    s = c.barometer("ALD", "CES")
    assert [p.period for p in s.points] == [str(y) for y in range(1960, 1970)]
    assert all(p.n == pytest.approx(0.1) for p in s.points)
    assert sum(p.n for p in s.points) == pytest.approx(1.0)
    assert c.barometer("ALD", "CES", resolution="decade").points[0].period == "1960s"


def test_resolution_fits_the_span():
    def span(a, b):
        return D.value_interval(a)[0], D.value_interval(b)[1]
    assert choose_resolution([span("2020-01", "2020-09")]) == "month"
    assert choose_resolution([span("1945", "2024")]) == "year"
    assert choose_resolution([span("1500", "1900")]) == "decade"
    assert choose_resolution([span("0900", "2000")]) == "century"


def test_uncertainty_narrows_with_more_events_and_shrinks_towards_neutral():
    one = shrink(1, -8)
    five = shrink(5, -8)
    assert one[2] - one[1] > five[2] - five[1]
    assert -8 < five[0] < one[0] < 0  # one event is pulled towards neutral more than five
    # the documented formula
    precision = 1 / PRIOR_SD ** 2 + 5 / EVENT_SD ** 2
    assert five[0] == pytest.approx((5 * -8 / EVENT_SD ** 2) / precision)
    assert five[2] - five[0] == pytest.approx(1.645 / precision ** 0.5)


def test_monthly_series_and_planned_events_left_out():
    ms = [
        mention(1, "On 3 March 2021 Aldoria shelled Borvian positions.", "ASSAULT", src="ALD", tgt="BOR",
                date="2021-03-03", intensity=-9),
        mention(2, "In May 2021 Aldoria and Borvia held talks in Cestia.", "CONSULT", src="ALD", tgt="BOR",
                date="2021-05", intensity=1),
        mention(3, "In May 2021 Aldoria and Borvia signed a ceasefire.", "AGREE", src="ALD", tgt="BOR",
                date="2021-05-20", intensity=5),
        mention(4, "Aldoria will invade Borvia in August 2021, officials warn.", "INVADE", src="ALD",
                tgt="BOR", date="2021-08", intensity=-9, modality="planned"),
    ]
    c = build_chronicle(ms, documents())
    s = c.barometer("BOR", "ALD")
    assert s.resolution == "month"
    assert [p.period for p in s.points] == ["2021-03", "2021-05"]
    may = s.points[1]
    assert may.n == 2 and may.mean == 3.0 and len(may.event_ids) == 2
    assert all(c.event(i).modality != "planned" for i in s.event_ids)


def test_no_shared_events_gives_an_empty_series():
    c = build_chronicle(world(), documents())
    s = c.barometer("BOR", "CES")
    assert s.points == [] and s.event_ids == []


def test_spread_periods_are_shown_as_one_with_the_weight_of_one_event():
    from chronica.chronicle.barometer import joined, spread_groups
    from chronica.report import format_barometer

    c = build_chronicle(world(), documents())
    s = c.barometer("ALD", "CES")
    (group,) = spread_groups(s.points)
    point = joined(group)
    assert point.period == "1960–1969" and point.n == pytest.approx(1.0)
    assert point.estimate == pytest.approx(round(shrink(1, -10)[0], 3))
    text = format_barometer(s, width=120)
    assert "1960–1969" in text and "1961 " not in text
