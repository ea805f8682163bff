"""Disagreements among sentence claims (chronica/chronicle/claim_conflicts.py): one case per kind,
and look-alikes that are not disagreements."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle import build_chronicle  # noqa: E402
from chronica.chronicle.model import DocumentInfo  # noqa: E402
from chronica.claims.model import SentenceClaim  # noqa: E402
from chronica.claims.rules import figure_interval  # noqa: E402

pytestmark = needs_minilm


_OFFSET = iter(range(0, 10**6, 1000))


def claim(doc, sentence, kind, topic, value, **kw) -> SentenceClaim:
    start = kw.pop("sentence_start", None)
    start = next(_OFFSET) if start is None else start  # each claim its own sentence unless given
    return SentenceClaim(document_id=doc, sentence_idx=start // 1000, sentence=sentence,
                         sentence_start=start, sentence_end=start + len(sentence), kind=kind, topic=topic, value=value, start=0,
                         end=len(sentence), **kw)


def count(doc, sentence, figure, qualifier=None, **kw):
    low, high = figure_interval(qualifier, figure)
    value = f"{qualifier + ' ' if qualifier else ''}{figure:g}"
    return claim(doc, sentence, "count", kw.pop("topic", "dead"), value, low=low, high=high,
                 qualifier=qualifier, **kw)


DOCS = [DocumentInfo(id=i) for i in (1, 2, 3)]


def disagreements(claims):
    return build_chronicle([], DOCS, claims=claims).disagreements


def test_conflicts_two_tolls_of_one_war():
    found = disagreements([
        count(1, "The war cost the lives of 1,187 Borvian soldiers.", 1187, subject=["BOR"]),
        count(2, "Borvia said 1,422 of its soldiers had been killed in the war.", 1422, subject=["BOR"]),
    ])
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [("number", ["1187", "1422"])]
    assert "cannot both be right" in found[0].reason


def test_conflicts_qualified_figures_that_fit_do_not_disagree():
    assert disagreements([
        count(1, "More than 500 Borvian soldiers were killed in the war.", 500, "more than", subject=["BOR"]),
        count(2, "About 600 Borvian soldiers were killed in the war.", 600, "about", subject=["BOR"]),
    ]) == []


def test_conflicts_different_peoples_tolls_are_different_things():
    assert disagreements([
        count(1, "The war killed 1,187 Borvian soldiers.", 1187, subject=["BOR"]),
        count(2, "The war killed 1,422 Aldorian soldiers.", 1422, subject=["ALD"]),
    ]) == []


def test_conflicts_one_sources_own_figures_are_not_a_disagreement():
    assert disagreements([
        count(1, "The war killed 1,187 Borvian soldiers.", 1187, subject=["BOR"]),
        count(1, "In all, 1,422 Borvian soldiers were killed in the war.", 1422, subject=["BOR"]),
    ]) == []


def test_conflicts_a_days_toll_is_not_a_wars_total():
    assert disagreements([
        count(1, "On 3 May 1961, 412 Borvian soldiers were killed when the fort fell.", 412,
              subject=["BOR"], earliest="1961-05-03", latest="1961-05-03"),
        count(2, "The war killed 900 Borvian soldiers when the fort fell and after.", 903, subject=["BOR"]),
    ]) == []


def test_conflicts_who_started_the_war():
    found = disagreements([
        claim(1, "Aldoria launched an attack on Borvia in 1961.", "agent", "who started: attack", "Aldoria",
              subject=["ALD"], obj="attack", earliest="1961-01-01", latest="1961-12-31"),
        claim(2, "According to Aldoria, it was Borvia who started the war in 1961.", "agent",
              "who started: war", "Borvia", subject=["BOR"], obj="war", attribution="Aldoria",
              earliest="1961-01-01", latest="1961-12-31"),
    ])
    assert [(d.kind, [c.value for c in d.claims]) for d in found] == [("who", ["Aldoria", "Borvia"])]


def test_conflicts_two_attacks_by_two_sides_are_no_disagreement():
    assert disagreements([
        claim(1, "Aldoria launched an attack on Borvia in 1961.", "agent", "who started: attack", "Aldoria",
              subject=["ALD"], obj="attack", earliest="1961-01-01", latest="1961-12-31"),
        claim(2, "Borvia launched an offensive against Aldoria in 1961.", "agent", "who started: offensive",
              "Borvia", subject=["BOR"], obj="offensive", earliest="1961-01-01", latest="1961-12-31"),
    ]) == []


def test_conflicts_one_document_two_parties_claiming():
    found = disagreements([
        claim(1, "Aldoria alleged that the islands were discovered by Borvia in 1520.", "agent",
              "who discovered: island", "Borvia, 1520", subject=["BOR"], obj="island", attribution="Aldoria"),
        claim(1, "Carthia held that the islands were discovered by a Carthian sailor in 1592.", "agent",
              "who discovered: island", "a Carthian sailor, 1592", subject=["carthian sailor"], obj="island",
              attribution="Carthia"),
    ])
    assert [d.kind for d in found] == ["who"]


def test_conflicts_relations_closer_and_apart_in_one_decade():
    found = disagreements([
        claim(1, "In the 1960s Aldoria and Borvia grew closer.", "relation", "relations between Aldoria and Borvia",
              "closer", subject=["ALD", "BOR"], earliest="1960-01-01", latest="1969-12-31"),
        claim(2, "Relations between Aldoria and Borvia soured in the 1960s.", "relation",
              "relations between Aldoria and Borvia", "apart", subject=["ALD", "BOR"],
              earliest="1960-01-01", latest="1969-12-31"),
        claim(3, "In 1975 relations between Aldoria and Borvia improved.", "relation",
              "relations between Aldoria and Borvia", "closer", subject=["ALD", "BOR"],
              earliest="1975-01-01", latest="1975-12-31"),
    ])
    assert len(found) == 1 and found[0].kind == "relations"
    assert sorted(c.value for c in found[0].claims) == ["apart", "closer"]
    assert {m.document_id for c in found[0].claims for m in c.mentions} == {1, 2}


def test_conflicts_relations_turning_within_a_decade_are_no_disagreement():
    """"Grew closer in the 1960s" and "soured in 1964" may both be true: relations turn within a
    decade (round 18: the periods must nearly coincide, ``relations_min_overlap``)."""
    found = disagreements([
        claim(1, "In the 1960s Aldoria and Borvia grew closer.", "relation", "relations between Aldoria and Borvia",
              "closer", subject=["ALD", "BOR"], earliest="1960-01-01", latest="1969-12-31"),
        claim(2, "Relations between Aldoria and Borvia soured in 1964.", "relation",
              "relations between Aldoria and Borvia", "apart", subject=["ALD", "BOR"],
              earliest="1964-01-01", latest="1964-12-31"),
    ])
    assert found == []


from test_chronicle_data import mention  # noqa: E402


def _act(m, value, obj, subject=()):
    return SentenceClaim(document_id=m.document_id, sentence_idx=m.sentence_idx, sentence=m.sentence,
                         sentence_start=m.sentence_start, sentence_end=m.sentence_end, kind="act",
                         topic=f"what was {value}", value=f"{value}: {obj}", start=m.trigger_start,
                         end=m.trigger_end, obj=obj, subject=list(subject), event_trigger=m.trigger_start)


def _leader_acts(second_object, second_subject=()):
    a = mention(1, "In 1961 President Voss approved the plan to build the dam at Harn.", "SUPPORT",
                src="ALD", date="1961", trigger="approved")
    b = mention(2, "In 1961 President Voss refused to build the dam at Harn.", "REJECT", src="ALD",
                date="1961", trigger="refused", modality="refused")
    claims = [_act(a, "approved", "build", ["HARN"]), _act(b, "refused", second_object, second_subject)]
    return build_chronicle([a, b], DOCS, claims=claims).disagreements


def test_conflicts_one_leader_approving_and_refusing_one_thing():
    assert [d.kind for d in _leader_acts("build", ["HARN"])] == ["act"]


def test_conflicts_one_leader_acting_on_two_different_things_is_no_disagreement():
    assert _leader_acts("sign", ["BOR"]) == []


def test_conflicts_the_author_and_a_party_quoted_in_one_document():
    found = disagreements([
        claim(1, "Voss launched the war on 25 June 1961.", "agent", "who started: war", "Voss",
              subject=["voss"], obj="war", earliest="1961-06-25", latest="1961-06-25"),
        claim(1, "Voss said that it was Borvia that started the war.", "agent", "who started: war", "Borvia",
              subject=["BOR"], obj="war", attribution="Voss"),
    ])
    assert [(d.kind, sorted(c.value for c in d.claims)) for d in found] == [("who", ["Borvia", "Voss"])]


def test_conflicts_an_undated_claim_about_another_war_is_not_matched():
    assert disagreements([
        claim(1, "Voss launched the war on 25 June 1961.", "agent", "who started: war", "Voss",
              subject=["voss"], obj="war", earliest="1961-06-25", latest="1961-06-25"),
        claim(2, "Today the Cestian government says that the Western alliance launched the war against it.",
              "agent", "who started: war", "the Western alliance", subject=["western alliance"], obj="war",
              attribution="the Cestian government"),
    ]) == []


def test_conflicts_a_figure_without_people_joins_the_nearest_of_a_list():
    found = disagreements([
        count(1, "The war cost 1,187 Borvian soldiers and 412 Aldorian soldiers their lives.", 1187, subject=["BOR"],
              sentence_start=5_000_000),
        count(1, "The war cost 1,187 Borvian soldiers and 412 Aldorian soldiers their lives.", 412, subject=["ALD"],
              sentence_start=5_000_000),
        count(2, "Borvia said that 1,190 lives had been lost in the war, while Aldoria lost 412.", 1190),
    ])
    assert [sorted(c.value for c in d.claims) for d in found] == [["1187", "1190"]]
