"""Merge case tables (merge54), invented sentences of the invented world
(tests/test_chronicle_data.ACTORS):

* NAMED_THING - two reports of one month's happening coded as types of two families (or two
  uncoded predicates) whose sentences both write the name of one thing that is no actor (a
  pipeline, a town the knowledge base does not know, a bridge, a harbour): the wording needs
  :data:`merge.SIM_WEIGHED_NAMED`, not :data:`merge.SIM_WEIGHED_TYPE` or
  :data:`merge.SIM_OTHER_PREDICATE` (on dev: an oil halt through one pipeline, a march halted at
  one town, ministers meeting in one city, in three subjects);
* SIDES_SAME_DAY - acts across the cooperation / conflict line written to the same day with an
  actor in common: one happening coded against its grain (a withdrawal told as troops crossing
  back, a blockade told as goods held up, an evacuation told as troops marching out: three dev
  subjects), unless a sentence names the other kind of act beside its own."""

from __future__ import annotations

import importlib

import pytest
from test_chronicle_data import mention, needs_minilm
from test_chronicle_merge_cases import _stored_and_computed

merge = importlib.import_module("chronica.chronicle.merge")

# (sentence a, type a, predicate a, sentence b, type b, predicate b, date a, date b, merged?);
# actors ALD -> BOR (or BOR -> CES when the sentences name Cestia or Vanta) on both sides
NAMED_THING = [
    # one halt of oil through one pipeline: an uncoded "shut off" and a SANCTION, 0.75
    ("Relations soured in March 1958, when Aldoria shut off the Verka pipeline after a row with Borvia over"
     " transit fees.", "OTHER", "shut",
     "In March 1958 Aldoria stopped the Verka oil to Borvia, citing unpaid bills.", "SANCTION", None,
     "1958-03", "1958-03", True),
    # ... the same reports without the pipeline's name: 0.72, under the weighed types' 0.75
    ("Relations soured in March 1958, when Aldoria shut off the pipeline after a row with Borvia over"
     " transit fees.", "OTHER", "shut",
     "In March 1958 Aldoria stopped the oil to Borvia, citing unpaid bills.", "SANCTION", None,
     "1958-03", "1958-03", False),
    # one march halted at one town: two uncoded predicates, 0.69
    ("In July 1951 Borvia organised a march on Vanta to press for union; Cestian police halted it at"
     " Sidi Kerro.", "OTHER", "organise",
     "In July 1951 Borvia sent a convoy of marchers into Cestia, which was turned back at Sidi Kerro.",
     "OTHER", "send", "1951-07", "1951-07", True),
    # ... without the town: 0.69, under two predicates' 0.80
    ("In July 1951 Borvia organised a march on Vanta to press for union; Cestian police halted it.",
     "OTHER", "organise",
     "In July 1951 Borvia sent a convoy of marchers into Cestia, which was turned back.", "OTHER", "send",
     "1951-07", "1951-07", False),
    # one meeting of ministers in one harbour city: talks (CONSULT) and the quarrel settled (AGREE), 0.70
    ("In September 1963 Aldoria's envoy met Borvia's foreign minister in Port Halloran and they agreed to"
     " restore relations.", "CONSULT", None,
     "In September 1963, at Port Halloran, the Aldorian and Borvian foreign ministers settled their quarrel.",
     "AGREE", None, "1963-09", "1963-09", True),
    # one summit at one bridge: crossing it on foot (uncoded) and the summit held there (CONSULT), 0.70
    ("In October 1949 Aldoria's premier travelled to Borvia and crossed the Kessel bridge on foot.",
     "OTHER", "cross",
     "October 1949: the Aldorian premier and the Borvian president held their second summit at the Kessel"
     " bridge.", "CONSULT", None, "1949-10", "1949-10", True),
    # ... without the bridge: 0.62
    ("In October 1949 Aldoria's premier travelled to Borvia.", "OTHER", "travel",
     "October 1949: the Aldorian premier and the Borvian president held their second summit.", "CONSULT",
     None, "1949-10", "1949-10", False),
    # controls: two acts of one month that share a name, worded apart (0.60): a crossing closed, an
    # ambassador recalled over an incident there
    ("In May 1932 Aldoria closed the Rennick crossing on the Borvian border.", "SANCTION", None,
     "In May 1932 Aldoria recalled its ambassador from Borvia over the Rennick incident.", "OTHER", "recall",
     "1932-05", "1932-05", False),
    # ... a name shared by two reports dated only to the year: a year holds too many acts of a pair
    ("Relations soured in 1958, when Aldoria shut off the Verka pipeline after a row with Borvia over"
     " transit fees.", "OTHER", "shut",
     "In 1958 Aldoria stopped the Verka oil to Borvia, citing unpaid bills.", "SANCTION", None,
     "1958", "1958", False),
]


def _named_pair(case) -> list:
    a, ta, pa, b, tb, pb, da, db, _ = case
    actors = ("BOR", "CES") if ("Cestia" in a + b or "Vanta" in a + b) else ("ALD", "BOR")
    ma = mention(1, a, ta, src=actors[0], tgt=actors[1], date=da)
    mb = mention(2, b, tb, src=actors[0], tgt=actors[1], date=db)
    ma.subtype, mb.subtype = pa, pb
    return [ma, mb]


@needs_minilm
@pytest.mark.parametrize("case", NAMED_THING, ids=lambda c: c[0][:40] + " / " + c[3][:40])
def test_a_thing_named_in_both_reports_weighs_for_one_happening(case) -> None:
    assert (len(merge.cluster_mentions(_named_pair(case))) == 1) is case[-1]


@pytest.mark.parametrize("sentence, names", [
    ("Relations soured when the regime shut off the Verka pipeline.", {"verka"}),
    ("In July 1951 police halted the march at Sidi Kerro.", {"sidi", "kerro"}),
    # an actor the knowledge base knows, a title, a month, a sentence's first word: no thing
    ("Relations with Russia soured when President Kell spoke in March.", {"kell"}),
    ("Verka was shut.", set()),
])
def test_thing_names_are_the_capitalised_words_no_actor_title_or_month(sentence, names) -> None:
    assert merge.thing_names(sentence) == frozenset(names)


def test_a_thing_name_that_is_a_participants_own_word_is_no_thing_in_common() -> None:
    a = mention(1, "In May 1932 the Rennick militia raided the border posts.", "ASSAULT", src="ALD", date="1932-05")
    b = mention(2, "In May 1932 the Rennick militia shelled the border posts.", "ASSAULT", src="ALD", date="1932-05")
    a.participants[0].text = b.participants[0].text = "Rennick militia"
    assert not merge.shared_thing(merge.mention_info(a), merge.mention_info(b))


# (sentence a, type a, sentence b, type b, date a, date b, documents, merged?): actors BOR -> CES
# or ALD -> BOR (when the sentences name Aldoria) on both sides
SIDES_SAME_DAY = [
    # one withdrawal: the troops crossing back out (MOBILIZE) and the withdrawal completed (RETREAT)
    ("The last Borvian troops crossed back out of Cestia on 27 August 1971.", "MOBILIZE",
     "27 August 1971: the Borvian army completes its withdrawal from Cestia.", "RETREAT",
     "1971-08-27", "1971-08-27", (1, 2), True),
    # one blockade: imposed (COERCE) and told as goods held up (coded CONCEDE)
    ("On 3 January 1969 Aldoria imposed a blockade on Borvia, stopping fuel trucks at the border posts.", "COERCE",
     "On 3 January 1969 Aldoria began to hold up goods and fuel bound for Borvia at the border.", "CONCEDE",
     "1969-01-03", "1969-01-03", (1, 2), True),
    # one evacuation of a town: troops marching out (MOBILIZE) and the army evacuating it (RETREAT)
    ("Borvian troops marched out of Tarsk on 11 November 1907, and the next week the militia took over the town.",
     "MOBILIZE",
     "The occupation of Tarsk ended when the Borvian army evacuated the city on 11 November 1907.", "RETREAT",
     "1907-11-11", "1907-11-11", (1, 2), True),
    # controls: a sentence that names the other kind of act beside its own tells two happenings
    ("Borvian units entered Tarsk on 7 June 1956, hours before the ceasefire came into force.", "MOBILIZE",
     "The guns fell silent when the ceasefire began at dusk on 7 June 1956, and Borvian units then"
     " moved into Tarsk.", "RETREAT", "1956-06-07", "1956-06-07", (1, 2), False),
    # ... a month, not a day
    ("In August 1971 the last Borvian troops crossed back out of Cestia.", "MOBILIZE",
     "In August 1971 the Borvian army completed its withdrawal from Cestia.", "RETREAT",
     "1971-08", "1971-08", (1, 2), False),
    # ... two acts of one day worded apart
    ("On 6 May 1932 Aldoria and Borvia signed a trade accord in Vanta.", "AGREE",
     "On 6 May 1932 Aldorian artillery shelled Borvian border posts.", "ASSAULT",
     "1932-05-06", "1932-05-06", (1, 2), False),
    # ... one document's two acts of one day
    ("The last Borvian troops crossed back out of Cestia on 27 August 1971.", "MOBILIZE",
     "27 August 1971: the Borvian army completes its withdrawal from Cestia.", "RETREAT",
     "1971-08-27", "1971-08-27", (1, 1), False),
]


def _sides_pair(case) -> list:
    a, ta, b, tb, da, db, (doc_a, doc_b), _ = case
    actors = ("ALD", "BOR") if "Aldoria" in a + b else ("BOR", "CES")
    return [mention(doc_a, a, ta, src=actors[0], tgt=actors[1], date=da),
            mention(doc_b, b, tb, src=actors[0], tgt=actors[1], date=db)]


@needs_minilm
@pytest.mark.parametrize("case", SIDES_SAME_DAY, ids=lambda c: c[0][:40] + " / " + c[2][:40])
def test_acts_across_the_line_on_one_written_day_are_one_happening(case) -> None:
    assert (len(merge.cluster_mentions(_sides_pair(case))) == 1) is case[-1]


def test_a_sentence_names_the_kinds_its_words_code() -> None:
    kinds = merge.sentence_kinds("Borvian units entered Tarsk hours before the ceasefire came into force.")
    assert "RETREAT" in kinds
    assert "RETREAT" not in merge.sentence_kinds("The last Borvian troops crossed back out of Cestia.")


def test_sides_groups_hold_the_other_side_and_not_the_own_family() -> None:
    groups = merge.sides_groups(merge.group_of("ASSAULT"))
    assert merge.group_of("RETREAT") in groups and merge.group_of("ASSAULT") not in groups
    assert merge.group_of("OTHER") not in groups


@needs_minilm
@pytest.mark.parametrize("case", [c for c in SIDES_SAME_DAY if c[-1]][:2] + [NAMED_THING[0], NAMED_THING[2]],
                         ids=lambda c: c[0][:40])
def test_the_stored_chronicle_joins_them_as_the_computed_one(tmp_path, case) -> None:
    mentions = _sides_pair(case) if len(case) == 8 else _named_pair(case)
    stored, computed = _stored_and_computed(tmp_path / "c.db", mentions)
    assert stored == computed and len(computed) == 1


# a merged event whose mentions tie on types takes the type more of its sentences name with a
# trigger of the ontology (merge.sentence_kinds): (sentence, type) of each, the event's type
TIED_TYPES = [
    ((("The last Borvian troops crossed back out of Cestia on 27 August 1971.", "MOBILIZE"),
      ("27 August 1971: the Borvian army completes its withdrawal from Cestia.", "RETREAT")), "RETREAT"),
    ((("In September 1963 the Aldorian envoy met Borvia's minister and they agreed to restore relations.", "CONSULT"),
      ("In September 1963 Aldoria and Borvia agreed to restore relations.", "AGREE")), "AGREE"),
    ((("On 5 April 1921 the Aldorian envoy demanded that Borvia yield as Aldorian troops invaded.", "REQUEST"),
      ("Aldorian forces invaded Borvia on 5 April 1921.", "ASSAULT")), "ASSAULT"),
    # a tie no sentence settles keeps the first mention's coded type
    ((("Borvian troops reached Tarsk on 11 November 1907.", "MOBILIZE"),
      ("The Borvian army was at Tarsk on 11 November 1907.", "RETREAT")), "MOBILIZE"),
]


@pytest.mark.parametrize("told, etype", TIED_TYPES, ids=lambda c: c if isinstance(c, str) else c[0][0][:40])
def test_a_tie_of_types_goes_to_the_type_the_sentences_name(told, etype) -> None:
    mentions = [mention(n, sentence, t, src="BOR" if "Borvian" in sentence else "ALD", date="1971-08-27")
                for n, (sentence, t) in enumerate(told, 1)]
    assert merge.build_event("e1", mentions, None).type == etype
