"""The field's verb dictionary (PETRARCH2's CAMEO verbs, coded in PLOVER): its conversion, its
codes, its phrase patterns, and the events its verbs make. Sentences are written for the tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.events import dictionary, extract_events
from chronica.events.dictionary import DICTIONARY_PATH, load_verb_dictionary
from chronica.events.model import SOURCE, TARGET

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "dictionaries"


@pytest.mark.skipif(not (SHARED / "petrarch2").is_dir(), reason="../shared/dictionaries is not present")
def test_dictionary_packaged_data_is_what_the_script_converts():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import convert_petrarch_verbs
    finally:
        sys.path.pop(0)
    assert convert_petrarch_verbs.convert(SHARED) == json.loads(DICTIONARY_PATH.read_text(encoding="utf-8"))
    assert (DICTIONARY_PATH.parent / "PETRARCH2-LICENSE.txt").read_text(encoding="utf-8").startswith("The MIT License")


@pytest.mark.parametrize("verb, etype, mode, cameo", [
    ("confiscate", "COERCE", "seize", "1711"),
    ("extradite", "COERCE", "deport", "174"),
    ("telephone", "CONSULT", "phone", "041"),
    ("host", "CONSULT", "visit", "043"),
    ("apologize", "CONCEDE", None, "055"),  # the codebook: regret or remorse is CONCEDE (plover_codebook_rows.tsv)
    ("investigate", "ACCUSE", "investigate", "090"),
    ("ambush", "ASSAULT", None, "190"),
    ("cede", "CONCEDE", None, "080"),
])
def test_dictionary_codes_verbs_in_plover(verb, etype, mode, cameo):
    d = load_verb_dictionary()
    block, code = d.verbs[verb]
    coding = d.codes[code]
    assert (coding.type, coding.mode, coding.cameo) == (etype, mode, cameo)


def test_dictionary_drops_statements_and_keeps_modes_plover_has():
    d = load_verb_dictionary()
    assert "say" not in d.verbs and "explain" not in d.verbs  # CAMEO 01: PLOVER drops statements
    # CAMEO 085 is "RETREAT, ease" in the 2021 table, and "ease is no longer a mode"
    assert (d.codes["085"].type, d.codes["085"].mode) == ("RETREAT", None)
    assert all(c is None or c.mode is None or c.mode in load_verb_dictionary().ontology.types[c.type].modes
               for c in d.codes.values())


@pytest.fixture(scope="module")
def coded(nlp):
    def run(text: str):
        return [(e.type, e.mode, e.cameo) for e in extract_events(nlp(text))]
    return run


@pytest.mark.parametrize("text, expected", [
    # verbs the ontology's own triggers do not know, from three kinds of text
    ("Venezuela confiscated the assets of ExxonMobil in 2007.", ("COERCE", "seize", "1711")),
    ("Italy extradited the two suspects to France in 2003.", ("COERCE", "deport", "174")),
    ("Japan hosted the Chinese premier in Tokyo in May 2008.", ("CONSULT", "visit", "043")),
    ("Israel demolished the homes of Palestinians in Hebron in 2003.", ("ASSAULT", None, "1712")),
    ("Russia ambushed Georgian troops near Gori in 2008.", ("ASSAULT", None, "190")),
])
def test_dictionary_verbs_make_events(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "Brazil needed to cut duties on imports.",                   # "need": a generic REQUEST verb
    "He served as minister of finance.",                          # "serve": a generic COOPERATE verb
    "The committee decided to postpone the vote.",                # "decide": a generic code
    "Nasser ruled Egypt until 1970.",                             # "rule": no dyad of two states
    "Washington pulled the plug.",                                # a specific code, but no target
])
def test_dictionary_generic_verbs_need_two_known_actors(coded, text):
    """A verb filed under a category's generic code makes no event without two known actors."""
    assert coded(text) == []


def test_dictionary_never_takes_a_token_from_an_ontology_trigger(nlp):
    evs = extract_events(nlp("Kim Il-sung asked Stalin for permission to attack."))
    asks = [e for e in evs if e.trigger.startswith("asked")]
    assert asks and asks[0].form == "DEMAND"
    assert [p.name for p in asks[0].actors(SOURCE)] == ["Kim Il-sung"]
    assert [p.name for p in asks[0].actors(TARGET)] == ["Joseph Stalin"]


@pytest.mark.parametrize("text, expected", [
    # a light verb is coded by the words of its block pattern ("imposed a curfew"), never alone
    ("Kenya imposed a curfew in Nairobi in 2008.", ("COERCE", "curfew", "1723")),
    ("Thailand imposed martial law in May 2014.", ("COERCE", "martial-law", "1724")),
    ("The Greek navy held joint exercises with Cyprus in 2019.", ("COOPERATE", None, "062")),
    # a passive verb's subject is its object: "assets were frozen"
    ("Assets of Russian banks were frozen by Japan on Friday.", ("SANCTION", None, "160")),
    ("Libyan assets were frozen by Britain in 2011.", ("SANCTION", None, "160")),
    ("Syrian bank accounts were frozen by France in 2012.", ("SANCTION", None, "160")),
])
def test_dictionary_block_patterns_code_light_and_passive_verbs(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "Norway held talks with Sweden in 1905.",       # the nominal trigger codes it, not "hold" (170)
    "Peru imposed sanctions on Ecuador in 1995.",
    "The ministers held a press conference.",       # "hold" alone is no confinement
])
def test_dictionary_light_verbs_alone_are_no_event(coded, text):
    assert not [c for c in coded(text) if c[0] == "COERCE"]


@pytest.mark.parametrize("text", [
    "Mali lifted the state of emergency in Bamako in 2016.",
    "Egypt lifted the curfew in Cairo in 2011.",
    "Sri Lanka lifted the curfew in Kandy on Monday.",
])
def test_dictionary_lifting_a_curfew_is_a_concession(coded, text):
    """The codebook (CONCEDE: "removing curfews") over the 2021 table's RETREAT rows 0813/0814."""
    assert [c[0] for c in coded(text) if c[2] in ("0813", "0814")] == ["CONCEDE"]


# the verbs data/verb_synonyms.tsv adds are coded as the dictionary verb they are like: each
# example written beside it makes an event whose trigger is that verb
def _synonym_examples():
    from chronica.events.dictionary import SYNONYMS_PATH

    rows = [ln.split("\t") for ln in SYNONYMS_PATH.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    return [(verb, like, ex.strip()) for verb, like, examples in rows for ex in examples.split("|")]


@pytest.mark.parametrize("verb, like, example", _synonym_examples())
def test_dictionary_synonym_is_coded_like_its_verb(verb, like, example):
    from chronica.events import extract_events
    from chronica.events.dictionary import load_verb_dictionary
    from chronica.nlp import load_pipeline
    from chronica.stages import STAGES

    verbs = load_verb_dictionary()
    assert verbs.verbs[verb] == verbs.verbs[like]
    events = extract_events(load_pipeline(STAGES)(example))
    stem = verb.split()[0][:2]
    assert any(e.trigger.lower().startswith(stem) for e in events), [(e.type, e.trigger) for e in events]


def _naive_find_sequence(words, lowers, start):  # noqa: ANN001, ANN202 - the plain definition
    for i in range(start, len(lowers) - len(words) + 1):
        if all(dictionary._word_matches(w, lowers[i + k]) for k, w in enumerate(words)):
            return i + len(words)
    return None


_WORDS = ["war", "wars", "warfare", "on", "one", "the", "sanction", "sanctions", "sanction$", "talks"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=3).map(tuple),
       lowers=st.lists(st.sampled_from(_WORDS[:3] + ["one", "the", "sanctions", "talks", "peace"]), max_size=12),
       start=st.integers(0, 13), shared=st.booleans())
def test_find_sequence_indexed_equals_the_plain_scan(words, lowers, start, shared):
    """The per-word position index (shared across the patterns of one verb) finds what a scan of
    every start position finds: the same first match, or none."""
    hits = {} if shared else None
    if shared:  # an index already filled by an earlier pattern over the same tokens
        dictionary._find_sequence(("war",), lowers, 0, hits)
    assert dictionary._find_sequence(words, lowers, start, hits) == _naive_find_sequence(words, lowers, start)


@pytest.mark.parametrize("pattern_word", ["sign", "sign$", "on", "on$", "accord", "troops", "a", "", "$"])
def test_dictionary_positions_are_the_tokens_the_word_matches(pattern_word):
    # the scan chosen once per word finds exactly the tokens the word-by-word test accepts
    from chronica.events.dictionary import _positions, _word_matches

    lowers = ["signed", "sign", "on", "one", "accord", "accords", "troops", "a", "", "$", "sig", "at"]
    assert _positions(pattern_word, lowers) == [i for i, low in enumerate(lowers) if _word_matches(pattern_word, low)]


# --- one coding per CAMEO code: the codebook's rows (data/plover_codebook_rows.tsv) over the table --


def _codebook_rows():
    path = DICTIONARY_PATH.parent / "plover_codebook_rows.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    return {r[0]: r[1] for r in rows}


def test_codebook_rows_are_the_dictionarys_coding_and_the_ontologys():
    """Each CAMEO code the ontology codes (a form, a trigger group, an intended act) has the same
    PLOVER type in the packaged verb dictionary, and each codebook row is what the dictionary carries:
    163 (sanctions) is SANCTION and 0356 (intent to de-escalate) CONCEDE in both."""
    import yaml

    from chronica.events.ontology import ONTOLOGY_PATH

    table = json.loads(DICTIONARY_PATH.read_text(encoding="utf-8"))["cameo"]
    rows = _codebook_rows()
    assert {"163": "SANCTION", "0356": "CONCEDE"}.items() <= rows.items()
    assert all(table[code]["type"] == etype for code, etype in rows.items())
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    coded = [(t["intended"]["cameo"], t["intended"]["type"]) for t in data["types"] if t.get("intended")]
    for form in data["forms"]:
        coded += [(g.get("cameo", form.get("cameo")), g.get("type", form.get("type")))
                  for g in [form, *form.get("triggers", [])] if g.get("cameo", form.get("cameo"))]
    assert [(c, t) for c, t in coded if table.get(c) and table[c]["type"] != t] == []


@pytest.mark.parametrize("text, expected", [
    # the dictionary's own phrase patterns coded 163 and 0356, in three kinds of text
    ("Washington extended sanctions against Havana in 2019.", ("SANCTION", "discontinue", "163")),
    ("Sudan offered a ceasefire to the rebels in 1996.", ("CONCEDE", None, "0356")),
    ("The United Nations imposed an embargo on Libya in 1992.", ("SANCTION", "discontinue", "163")),
])
def test_dictionary_sanctions_and_offered_ceasefires_follow_the_codebook(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # the month fills no slot of a phrase pattern: "hold ... march" is CAMEO 141 (a march held),
    # "March 2010" is a date (session 27: hearings, votes and polls held in March coded PROTEST)
    "Oral hearings were held in The Hague in March 2010.",
    "Elections were held across the country in March 1990.",
    "A second round of voting was held on 4 March 2001.",
])
def test_dictionary_a_date_is_no_object_of_a_pattern(full, text):
    assert not [e for e in extract_events(full(text)) if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Thousands of farmers held a march through Lahore in May 2014.",
    "Students held a demonstration outside the embassy in March 1999.",
])
def test_dictionary_a_march_held_is_still_a_protest(full, text):
    assert [e for e in extract_events(full(text)) if e.type == "PROTEST" and e.cameo == "141"]


# --- the block index: refine tries only the patterns a clause's words allow ---------------------


@settings(max_examples=400, deadline=None)
@given(groups=st.lists(st.lists(st.lists(st.sampled_from(_WORDS + ["", "$", "peace$"]), max_size=3).map(tuple),
                                min_size=1, max_size=3).map(tuple), min_size=1, max_size=3).map(tuple),
       lowers=st.lists(st.sampled_from(_WORDS[:3] + ["one", "the", "sanctions", "talks", "peace", ""]), max_size=12))
def test_a_pattern_the_clause_words_rule_out_never_matches(groups, lowers):
    """``could_match`` is only a necessary condition: whenever it says no, the full match finds
    nothing (so skipping the pattern codes exactly as trying it)."""
    from types import SimpleNamespace

    vp = dictionary.VerbPattern(groups, None, None)
    tokens = [SimpleNamespace(i=i) for i in range(len(lowers))]
    if not dictionary.could_match(vp, dictionary.clause_words(lowers)):
        assert dictionary.VerbDictionary._matches(vp, tokens, lowers) is None


@pytest.mark.parametrize("text", [
    "The council lifted the sanctions on the northern republic in May.",
    "The army imposed a curfew on the capital after the riots.",
    "Their assets were frozen by the central bank last week.",
    "Students held a march through the old town on Sunday.",
    "The government demanded the immediate release of the two fishermen.",
    "The minister refused to sign the border treaty with its neighbour.",
    "Rebels started a war against the coastal province in 1990.",
    "The president called for an end to the blockade of the port.",
    "Both sides agreed to resume talks on the disputed islands.",
    "The navy seized control of the strait and expelled the diplomats.",
])
def test_refine_with_the_block_index_equals_trying_every_pattern(nlp, monkeypatch, text):
    d = load_verb_dictionary()
    patterns = {p.summary: p for p in d.patterns()}
    doc = nlp(text)
    cases = [(tok, patterns[tok.lemma_.lower()]) for tok in doc if tok.lemma_.lower() in patterns]
    assert cases, text
    indexed = [d.refine(tok, p, own) for tok, p in cases for own in (True, False)]
    monkeypatch.setattr(dictionary.VerbDictionary, "_candidates",
                        lambda self, block, words: list(self.blocks.get(block, ())))
    assert indexed == [d.refine(tok, p, own) for tok, p in cases for own in (True, False)]
