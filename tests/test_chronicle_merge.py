"""Merging mentions into events across sources (on the invented world of test_chronicle_data)."""

from __future__ import annotations

import pytest

from test_chronicle_data import documents, mention, world, needs_minilm

from chronica.chronicle import build_chronicle, chronicle_json
from chronica.chronicle import dates as D
from chronica.chronicle.merge import choose_date, cluster_mentions

pytestmark = needs_minilm


def _event_with(chronicle, text):
    hits = [e for e in chronicle.events if any(text in m.sentence for m in e.mentions)]
    assert len(hits) == 1, [e.summary for e in hits]
    return hits[0]


def test_same_invasion_in_three_sources_is_one_event_dated_at_the_finest_precision():
    c = build_chronicle(world(), documents())
    e = _event_with(c, "Aldorian troops invaded Borvia")
    assert e.documents == [1, 2, 3]
    assert len(e.mentions) == 3
    assert "INVADE" in {m.form for m in e.mentions}  # the most frequent code of the merged mentions
    assert (e.date, e.precision) == ("1950-06-25", "day")
    assert e.earliest == e.latest == "1950-06-25"


def test_two_wars_in_the_same_vague_decade_with_different_targets_stay_apart():
    c = build_chronicle(world(), documents())
    a = _event_with(c, "border war with Borvia")
    b = _event_with(c, "bitter war against Cestia")
    assert a.id != b.id
    assert a.date == b.date == "196"


def test_a_collapse_dated_1989_and_1991_is_one_event_taking_the_majority_date():
    c = build_chronicle(world(), documents())
    e = _event_with(c, "collapsed in 1989")
    assert "COLLAPSE" in {m.form for m in e.mentions} and e.documents == [1, 2, 4]
    assert e.date == "1991"  # two documents against one
    single = _event_with(c, "sent food aid")
    assert e.confidence < 1 and single.confidence < e.confidence + 0.3


def test_recurring_acts_with_different_stated_years_are_not_merged():
    ms = [
        mention(1, "Aldoria's president visited Borvia in 2001.", "VISIT", src="ALD", tgt="BOR",
                date="2001", intensity=2),
        mention(2, "Aldoria's president visited Borvia in 2019.", "VISIT", src="ALD", tgt="BOR",
                date="2019", intensity=2),
    ]
    assert len(cluster_mentions(ms)) == 2


def test_directed_acts_with_swapped_roles_are_different_happenings():
    ms = [
        mention(1, "In March 2019 Aldoria's president visited Borvia.", "VISIT", src="ALD", tgt="BOR",
                date="2019-03"),
        mention(2, "In March 2019 Borvia's president visited Aldoria.", "VISIT", src="BOR", tgt="ALD",
                date="2019-03"),
    ]
    assert len(cluster_mentions(ms)) == 2


def test_undated_mention_merges_only_when_everything_else_agrees():
    treaty = mention(1, "In 1961 Aldoria and the Union of Dravic Republics signed a friendship treaty.",
                     "AGREE", src="ALD", tgt="UDR", date="1961")
    grain = mention(2, "In 1975 Aldoria agreed to buy grain from the Union of Dravic Republics.",
                    "AGREE", src="ALD", tgt="UDR", date="1975")
    paraphrase = mention(3, "Aldoria and the Union of Dravic Republics signed a treaty of friendship.",
                         "AGREE", src="ALD", tgt="UDR")
    vague = mention(4, "Aldoria reached an agreement with the Union of Dravic Republics.", "AGREE",
                    src="ALD", tgt="UDR")
    other_actors = mention(4, "Aldoria and Cestia signed a treaty of friendship.", "AGREE",
                           src="ALD", tgt="CES")
    groups = cluster_mentions([treaty, grain, paraphrase, vague, other_actors])
    by_doc = sorted(sorted(m.document_id for m in g) for g in groups)
    # the paraphrase joins the 1961 treaty; the vague sentence could be either agreement
    assert by_doc == [[1, 3], [2], [4], [4]]


def test_undated_mention_joins_the_only_happening_of_its_kind():
    dated = mention(1, "In June 2024 the Aldorian president visited Borvia for two days.", "VISIT",
                    src="ALD", tgt="BOR", date="2024-06")
    undated = mention(2, "The Aldorian president will travel to Borvia, his first trip there.", "VISIT",
                      src="ALD", tgt="BOR", modality="planned")
    other = mention(3, "Borvia's foreign minister visited Aldoria in June 2024.", "VISIT",
                    src="BOR", tgt="ALD", date="2024-06")
    groups = cluster_mentions([dated, undated, other])
    assert sorted(sorted(m.document_id for m in g) for g in groups) == [[1, 2], [3]]


def test_mentions_of_one_sentence_and_negated_mentions_are_never_merged():
    a = mention(1, "Aldoria invaded Borvia and Cestia in 1950.", "INVADE", src="ALD", tgt="BOR",
                date="1950", idx=5)
    b = mention(1, "Aldoria invaded Borvia and Cestia in 1950.", "INVADE", src="ALD", tgt="BOR",
                date="1950", idx=5)
    neg = mention(2, "Aldoria did not invade Borvia in 1950.", "INVADE", src="ALD", tgt="BOR",
                  date="1950", modality="negated")
    assert len(cluster_mentions([a, b, neg])) == 3


def test_inferred_date_is_weaker_than_a_stated_one():
    stated = mention(1, "Borvia declared independence in 1922.", "FOUND_STATE", tgt="BOR", date="1922")
    inferred = mention(2, "Borvia declared independence.", "FOUND_STATE", tgt="BOR", date="1925",
                       date_source="document")
    assert choose_date([inferred, stated]) is stated


def test_output_is_deterministic_and_ids_follow_chronology():
    ms = world()
    first = chronicle_json(build_chronicle(ms, documents()))
    second = chronicle_json(build_chronicle(list(reversed(ms)), documents()))
    assert first == second
    ids = [e["id"] for e in first["events"]]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    keys = [D.sort_key(e["date"], e["earliest"]) for e in first["events"]]
    assert keys == sorted(keys)


def test_undated_act_of_one_actor_needs_close_wording():
    dated = mention(1, "By 2008 Aldoria will raise its aid to the southern provinces to 2 billion a year.",
                    "AID", src="ALD", date="2008", modality="planned")
    undated = mention(2, "Aldoria is to give a small grant to help flood victims in the mountains.", "AID",
                      src="ALD")
    assert len(cluster_mentions([dated, undated])) == 2


def test_unresolved_names_count_as_shared_actors_but_common_nouns_do_not():
    from chronica.events.model import Participant

    def firm(doc, sentence, text):
        m = mention(doc, sentence, "COLLAPSE", date="2002")
        m.participants = [Participant(role="source", text=text)]
        return m
    a = firm(1, "Ebbers is on trial over the collapse of Vantacom in 2002.", "Vantacom")
    b = firm(2, "Vantacom, the telecoms giant, went bust in 2002 after an accounting fraud.", "Vantacom")
    c = firm(3, "In 2002 the company went under, taking its pension fund with it.", "the company")
    d = firm(4, "The company collapsed in 2002 after its biggest client left.", "the company")
    groups = cluster_mentions([a, b, c, d])
    assert sorted(sorted(m.document_id for m in g) for g in groups) == [[1, 2], [3], [4]]


def test_actorless_war_outbreak_joins_the_same_day_war_of_named_actors():
    named = mention(1, "Aldoria launched the war on 3 May 1921 after a border clash.", "FIGHT",
                    src="ALD", tgt="BOR", date="1921-05-03", intensity=-10)
    bare = mention(2, "On 3 May 1921, the Great Border War broke out.", "FIGHT", date="1921-05-03",
                   intensity=-10)
    bare_month = mention(3, "Trade collapsed after the outbreak of the Great Border War in May 1921.",
                         "FIGHT", date="1921-05", intensity=-10)
    other_year = mention(4, "In 1925 a war broke out in the far south.", "FIGHT", date="1925")
    groups = cluster_mentions([named, bare, bare_month, other_year])
    assert sorted(sorted(m.document_id for m in g) for g in groups) == [[1, 2, 3], [4]]


def test_deaths_of_one_person_with_different_years_are_one_event_and_a_disagreement():
    from dataclasses import replace

    first = mention(1, "The old general was still a hero when he died in 1970.", "DIE", src="p-voss",
                    date="1970")
    second = mention(2, "Voss, strengthened by the war, ruled until his death in 1971.", "DIE",
                     src="p-voss", date="1971")
    # the state he acts for is judged at each date: in 1971 he held no office any more
    second.participants = [replace(p, state=None) for p in second.participants]
    other = mention(3, "Ana Kell died in 1971 after a long illness.", "DIE", src="p-kell", date="1971")
    c = build_chronicle([first, second, other], documents())
    deaths = [e for e in c.events if e.type == "DIE"]
    assert sorted(len(e.mentions) for e in deaths) == [1, 2]
    [dis] = c.disagreements
    assert {claim.value for claim in dis.claims} == {"1970", "1971"}


def test_merge_weighs_a_clash_of_actors_in_near_paraphrases_of_one_day():
    # one source resolved the plotters to the regime behind them: the same coup, told twice
    a = mention(1, "On 15 July 1974 officers of the Aldorian guard overthrew President Voss in a coup.",
                "COERCE", src="ALD", date="1974-07-15")
    b = mention(2, "On 15 July 1974, officers of the Aldorian National Guard overthrew President Voss.",
                "COERCE", src="BOR", date="1974-07-15")
    # a different act on that day by another actor, worded apart: stays apart
    c = mention(3, "On 15 July 1974 Cestia closed its border crossings to all traffic.", "COERCE",
                src="CES", date="1974-07-15")
    groups = cluster_mentions([a, b, c])
    assert sorted(sorted(m.document_id for m in g) for g in groups) == [[1, 2], [3]]


# a clash of actors weighed against a date known only to the year on one side: the wording must
# be closer (merge.SIM_ACTOR_MISMATCH_YEAR). (sentence a, its date, sentence b, its date, merged?)
YEAR_AND_DAY = [
    # one coup: one source dates it to the day, the other to the year, and resolves the plotters
    # to another actor
    ("On 15 July 1974 officers of the Aldorian guard overthrew President Voss in a coup.", "1974-07-15",
     "In 1974 officers of the Aldorian National Guard overthrew President Voss in a coup.", "1974", True),
    # one seizure of a port
    ("On 3 March 1988 rebels of the Cestian front seized the port of Vanta after a siege.", "1988-03-03",
     "In 1988 rebels of the Cestian Liberation Front seized the port of Vanta after a long siege.", "1988",
     True),
    # one bombing of an embassy
    ("On 9 May 2003 a car bomb exploded outside the Borvian embassy in Tarsk, killing four guards.",
     "2003-05-09",
     "In 2003 a car bomb exploded outside the Borvian embassy in Tarsk and killed four guards.", "2003", True),
    # the same year, another act worded apart: stays apart
    ("On 15 July 1974 officers of the Aldorian guard overthrew President Voss in a coup.", "1974-07-15",
     "In 1974 Cestian troops shelled the harbour of Vanta for three days.", "1974", False),
    # near paraphrases, but the years differ: two happenings
    ("On 3 March 1988 rebels of the Cestian front seized the port of Vanta after a siege.", "1988-03-03",
     "In 1990 rebels of the Cestian Liberation Front seized the port of Vanta after a long siege.", "1990",
     False),
]


@pytest.mark.parametrize("a, date_a, b, date_b, merged", YEAR_AND_DAY)
def test_a_clash_of_actors_at_year_precision_needs_closer_wording(a, date_a, b, date_b, merged):
    ms = [mention(1, a, "COERCE", src="ALD", date=date_a), mention(2, b, "COERCE", src="BOR", date=date_b)]
    assert (len(cluster_mentions(ms)) == 1) is merged
