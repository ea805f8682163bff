"""Disagreements: each kind found on a crafted case, and look-alikes that are not disagreements."""

from __future__ import annotations

from test_chronicle_data import documents, mention, world, needs_minilm

from chronica.chronicle import build_chronicle, chronicle_json
from chronica.chronicle.disagreements import act_value, numbers

pytestmark = needs_minilm


def _kinds(chronicle):
    return [d.kind for d in chronicle.disagreements]


def test_collapse_year_and_approval_dispute_in_the_world():
    c = build_chronicle(world(), documents())
    assert _kinds(c) == ["date", "act"]
    date, act = c.disagreements
    assert date.topic == "when the Union of Dravic Republics collapsed"
    assert [(cl.value, [m.document_id for m in cl.mentions]) for cl in date.claims] == [
        ("1989", [1]), ("1991", [2, 4])]
    assert [cl.value for cl in act.claims] == ["approved", "ordered", "refused"]
    assert act.topic.startswith("what Marek Voss did")
    # ids and the contract shape
    out = chronicle_json(c)["disagreements"]
    assert [d["id"] for d in out] == ["x1", "x2"]
    assert out[0]["claims"][0]["mentions"][0]["document"] == "d1"
    assert set(out[0]["claims"][0]["mentions"][0]) >= {"document", "sentence", "start", "end"}


def test_dates_that_overlap_at_their_precision_do_not_disagree():
    ms = [
        mention(1, "The Union of Dravic Republics was dissolved in December 1991.", "COLLAPSE",
                src="UDR", date="1991-12"),
        mention(2, "The Union of Dravic Republics collapsed in 1991.", "COLLAPSE", src="UDR", date="1991"),
        mention(3, "The Union of Dravic Republics fell apart in the 1990s.", "COLLAPSE", src="UDR",
                date="199"),
    ]
    c = build_chronicle(ms, documents())
    assert len(c.events) == 1 and c.events[0].date == "1991-12"
    assert c.disagreements == []


def test_an_inferred_date_is_not_a_claim():
    ms = [
        mention(1, "The Union of Dravic Republics collapsed in 1991.", "COLLAPSE", src="UDR", date="1991"),
        mention(2, "Then the Union of Dravic Republics collapsed.", "COLLAPSE", src="UDR", date="1990",
                date_source="narrative"),
    ]
    c = build_chronicle(ms, documents())
    assert all(d.kind != "date" for d in c.disagreements)


def test_different_casualty_figures_for_one_battle():
    ms = [
        mention(1, "The battle of Harn in May 1952 left 12,000 soldiers dead on both sides.", "FIGHT",
                src="ALD", tgt="BOR", date="1952-05", intensity=-10),
        mention(2, "About 30,000 soldiers died at Harn when Aldoria fought Borvia in May 1952.", "FIGHT",
                src="ALD", tgt="BOR", date="1952-05", intensity=-10),
        mention(3, "In May 1952 Aldoria and Borvia fought at Harn, where 12,500 soldiers died.", "FIGHT",
                src="ALD", tgt="BOR", date="1952-05", intensity=-10),
    ]
    c = build_chronicle(ms, documents())
    assert len(c.events) == 1
    (d,) = c.disagreements
    assert d.kind == "number" and "soldiers" in d.topic
    # 12,000 and 12,500 agree within rounding; 30,000 does not
    assert [cl.value for cl in d.claims] == ["12,000 soldiers", "30,000 soldiers"]
    assert [sorted({m.document_id for m in cl.mentions}) for cl in d.claims] == [[1, 3], [2]]


def test_numbers_ignore_years_and_durations():
    assert numbers("In 1950 the army had 2 million men and lost 40,000 Aldorian troops.") == [
        ("men", 2e6, "2 million men"), ("troops", 40000.0, "40,000 Aldorian troops")]
    assert numbers("The war lasted 3 years and ended in 1953.") == []


def test_same_figure_rounded_is_not_a_disagreement():
    ms = [
        mention(1, "In March 1960 Aldoria deployed 5,000 troops to the border with Borvia.", "MOBILIZE",
                src="ALD", tgt="BOR", date="1960-03", intensity=-6),
        mention(2, "Aldoria sent some 5,200 troops to the Borvian border in March 1960.", "MOBILIZE",
                src="ALD", tgt="BOR", date="1960-03", intensity=-6),
    ]
    c = build_chronicle(ms, documents())
    assert len(c.events) == 1 and c.disagreements == []


def test_acts_on_different_occasions_are_not_a_disagreement():
    ms = [
        mention(1, "In 1950 Voss approved Kell's plan to invade Borvia.", "AGREE", src="p-voss",
                tgt="p-kell", date="1950", trigger="approved", intensity=5),
        mention(2, "In 1962 Voss refused Kell's request for new tanks.", "REJECT", src="p-voss",
                tgt="p-kell", date="1962", trigger="refused", intensity=-4),
        mention(3, "In 1950 Voss ordered the border guards of Cestia to stand down.", "DEMAND",
                src="p-voss", tgt="CES", date="1950", trigger="ordered", intensity=-2),
    ]
    c = build_chronicle(ms, documents())
    assert c.disagreements == []


def test_act_values():
    assert act_value(mention(1, "x", "AGREE", trigger="gave his approval")) == "approved"
    assert act_value(mention(1, "x", "AGREE", trigger="signed")) is None  # a treaty, not a permission
    assert act_value(mention(1, "x", "DEMAND", trigger="ordered")) == "ordered"
    assert act_value(mention(1, "x", "DEMAND", trigger="asked")) is None
    assert act_value(mention(1, "x", "REJECT", trigger="refuses")) == "refused"
    assert act_value(mention(1, "x", "INVADE", trigger="invade", modality="refused")) == "refused"


def test_relations_growing_apart_and_closer_in_the_same_decade():
    ms = [
        mention(1, "In the 1960s Aldoria and Borvia grew apart as their border dispute sharpened.",
                "REDUCE", src="ALD", tgt="BOR", date="196", intensity=-4, trigger="grew apart"),
        mention(2, "Aldoria and Borvia grew closer in the 1960s, trading grain for oil.", "COOPERATE",
                src="ALD", tgt="BOR", date="196", intensity=5, trigger="grew closer"),
        # another pair in the same decade: no disagreement with the above
        mention(3, "In the 1960s Aldoria and Cestia cooperated on a new railway.", "COOPERATE",
                src="ALD", tgt="CES", date="196", intensity=5, trigger="cooperated"),
    ]
    c = build_chronicle(ms, documents())
    (d,) = c.disagreements
    assert d.kind == "relations"
    assert [cl.value for cl in d.claims] == ["relations worsened", "relations improved"] or \
        [cl.value for cl in d.claims] == ["relations improved", "relations worsened"]
    assert "Aldoria" in d.topic and "Borvia" in d.topic


def test_relations_in_different_periods_are_not_a_disagreement():
    ms = [
        mention(1, "In 1955 Aldoria and Borvia grew closer.", "COOPERATE", src="ALD", tgt="BOR",
                date="1955", intensity=5),
        mention(2, "In 1968 relations between Aldoria and Borvia soured.", "REDUCE", src="ALD",
                tgt="BOR", date="1968", intensity=-4),
    ]
    assert build_chronicle(ms, documents()).disagreements == []


def test_undated_acts_disagree_only_when_they_clearly_say_opposite_things():
    asked = mention(1, "Should Aldoria approve the border treaty with Borvia?", "AGREE", src="ALD",
                    tgt="BOR", trigger="approve", modality="possible")
    refused = mention(2, "Aldoria refused to sign the border treaty with Borvia.", "REJECT", src="ALD",
                      tgt="BOR", trigger="refused")
    other = mention(3, "Aldoria's parliament approved a loan to Borvian farmers.", "AGREE", src="ALD",
                    tgt="BOR", trigger="approved")
    # the question claims nothing; the loan is another matter
    assert build_chronicle([asked, refused, other], documents()).disagreements == []
    approved = mention(4, "Aldoria approved the border treaty with Borvia.", "AGREE", src="ALD",
                       tgt="BOR", trigger="approved")
    (d,) = build_chronicle([asked, refused, other, approved], documents()).disagreements
    assert d.kind == "act" and sorted(c.value for c in d.claims) == ["approved", "refused"]
    assert [m.document_id for c in d.claims for m in c.mentions if c.value == "approved"] == [4]


def test_negated_acts_are_their_own_claims():
    assert act_value(mention(1, "x", "DEMAND", trigger="ordered", modality="negated")) == "did not order"
    assert act_value(mention(1, "x", "AGREE", trigger="approve", modality="negated")) == "did not approve"
    assert act_value(mention(1, "x", "AGREE", trigger="approve", modality="planned")) is None


def test_the_start_and_the_end_of_one_visit_are_no_two_dates():
    """"arrived on the 21st" / "left on the 28th" of one visit: the arrival's dates and the
    departure's compare among themselves only (claims.yaml ``trigger_phases``)."""
    ms = [
        mention(1, "The Aldorian president arrived in Borvia on 21 February 1972.", "VISIT",
                src="ALD", tgt="BOR", date="1972-02-21", trigger="arrived"),
        mention(2, "The Aldorian president left Borvia on 28 February 1972.", "VISIT",
                src="ALD", tgt="BOR", date="1972-02-28", trigger="left"),
    ]
    assert all(d.kind != "date" for d in build_chronicle(ms, documents()).disagreements)


def test_two_arrival_dates_of_one_visit_disagree():
    ms = [
        mention(1, "The Aldorian president arrived in Borvia on 21 February 1972.", "VISIT",
                src="ALD", tgt="BOR", date="1972-02-21", trigger="arrived"),
        mention(2, "The Aldorian president arrived in Borvia on 17 February 1972.", "VISIT",
                src="ALD", tgt="BOR", date="1972-02-17", trigger="arrived"),
        mention(3, "The Aldorian president left Borvia on 28 February 1972.", "VISIT",
                src="ALD", tgt="BOR", date="1972-02-28", trigger="left"),
    ]
    dates = [d for d in build_chronicle(ms, documents()).disagreements if d.kind == "date"]
    assert [[c.value for c in d.claims] for d in dates] == [["1972-02-17", "1972-02-21"]]


# -- a tit-for-tat merged into one event is two acts, not one act dated twice -------------------

def _one_event(ms):
    from chronica.chronicle.model import ChronicleEvent

    return ChronicleEvent(id="e1", type=ms[0].type, date=ms[0].date, date_end=None, precision=ms[0].precision,
                          earliest=ms[0].earliest, latest=ms[0].latest, participants=list(ms[0].participants),
                          summary="", intensity=0.0, modality="asserted", confidence=0.9, mentions=list(ms))


RECIPROCAL = [  # (type, trigger, sentence of one side, of the other, the two actors, the two dates)
    ("REDUCE", "recalled", "Aldoria recalled its ambassador from Borvia on 3 May 1994.",
     "Borvia recalled its ambassador from Aldoria on 9 May 1994.", ("ALD", "BOR"), ("1994-05-03", "1994-05-09")),
    ("EXPEL", "expelled", "Cestia expelled two Aldorian diplomats on 12 March 1988.",
     "Aldoria expelled two Cestian diplomats on 15 March 1988.", ("CES", "ALD"), ("1988-03-12", "1988-03-15")),
    ("SANCTION", "closed", "Borvia closed its border with Cestia on 2 July 2001.",
     "Cestia closed its border with Borvia on 6 July 2001.", ("BOR", "CES"), ("2001-07-02", "2001-07-06")),
]


def test_acts_in_opposite_directions_on_two_days_are_no_date_disagreement():
    from chronica.chronicle.disagreements import date_claims

    for type_, trigger, a, b, (x, y), (da, db) in RECIPROCAL:
        ms = [mention(1, a, type_, src=x, tgt=y, date=da, trigger=trigger),
              mention(2, b, type_, src=y, tgt=x, date=db, trigger=trigger)]
        assert date_claims(_one_event(ms)) == [], a


def test_one_act_in_one_direction_dated_twice_still_disagrees():
    from chronica.chronicle.disagreements import date_claims

    for type_, trigger, a, _, (x, y), (da, db) in RECIPROCAL:
        ms = [mention(1, a, type_, src=x, tgt=y, date=da, trigger=trigger),
              mention(2, a, type_, src=x, tgt=y, date=db, trigger=trigger)]
        assert [c.value for c in date_claims(_one_event(ms))] == [da, db], a
        # a side that names no recipient is not known to be the other act
        ms = [mention(1, a, type_, src=x, tgt=y, date=da, trigger=trigger),
              mention(2, a, type_, src=y, date=db, trigger=trigger)]
        assert [c.value for c in date_claims(_one_event(ms))] == [da, db], a
