"""The type back-off (``chronica.events._backoff``): a dated happening no trigger codes, told by a
verb PETRARCH2's dictionary has no code for in its clause, takes the PLOVER type its nearest
phrases of the dictionaries and the codebook agree on - or stays OTHER when they do not agree
closely enough. Sentences written for these tables, in the style of the development texts
(treaties scrapped, visas lifted, fishing limits, vessels intercepted)."""

from __future__ import annotations

import pytest

from chronica.events import _backoff as backoff
from chronica.events.extract import VERBS
from event_cases import events_of as _events, show as _show


@pytest.fixture(scope="module")
def prototypes():
    if not backoff._PROTOTYPES.load():
        pytest.skip("no MiniLM model: the back-off does nothing")
    return backoff._PROTOTYPES


@pytest.mark.parametrize("phrase, verb, etype", [
    ("scrap treaty", "scrap", "REJECT"),  # the dictionary's "* TROOP WITHDRAWAL &TREATY" [1246]
    ("lift visa requirement", "lift", "CONCEDE"),  # "lift restriction": easing restrictions
    ("sever diplomatic relations", "sever", "SANCTION"),  # CAMEO 161, reduce relations
    ("naval vessel intercept", "intercept", "COERCE"),  # "intercept vessel": seize
])
def test_nearest_phrases_name_the_type(prototypes, phrase, verb, etype):
    guess = backoff.classify(phrase, verb)
    assert guess is not None and guess.type == etype, (guess, backoff.nearest(phrase, verb, 5))


@pytest.mark.parametrize("phrase, verb", [
    ("walk out", "walk out"),  # a verb alone is the dictionary's own code, not the back-off's
    ("relations sour", "sour"),  # nearest are "improve relations": not alike enough to say
    ("lay foundation stone", "lay"),  # no act of the codebook
    ("store cubic metres", "store"),
    ("extend fishing limit", "extend"),  # "extend ban", "remove limit", "extend to": no agreement
])
def test_no_type_without_a_close_agreeing_phrase(prototypes, phrase, verb):
    assert backoff.classify(phrase, verb) is None, backoff.nearest(phrase, verb, 5)


@pytest.mark.parametrize("text, lemma, silent", [
    ("Iran scrapped the treaty in April 1969.", "scrap", True),  # no own code, no pattern matches
    ("Iraq tore up the Algiers agreement on 17 September 1980.", "tear", True),  # "tear up" is not listed
    ("In August 1998 troops massed along the border.", "mass", True),  # not in the dictionary
    ("Algiers severed diplomatic relations in August 2021.", "sever", False),  # a block pattern codes it
    ("Iraq attacked Iran in September 1980.", "attack", False),  # its own code
])
def test_dictionary_silent(pipeline, text, lemma, silent):
    doc = pipeline(pipeline.make_doc(text))
    verb = next(t for t in doc if t.lemma_.lower() == lemma)
    assert backoff.dictionary_silent(verb, VERBS) is silent


@pytest.mark.parametrize("text, verb, phrase", [
    ("Iraq tore up the 1975 agreement in September 1980.", "tore", "tear up agreement"),
    ("In August 1998 troops were massing on both sides of the border.", "massing", "troops mass on sides"),
    ("It was the same agreement that Saddam tore up in 1980.", "tore", "same agreement tear up"),
    ("The assembly voted to dissolve itself on 14 November 1962.", "voted", "assembly vote to dissolve"),
])
def test_predicate_phrase(pipeline, text, verb, phrase):
    doc = pipeline(pipeline.make_doc(text))
    tok = next(t for t in doc if t.text == verb)
    assert backoff.predicate_phrase(tok) == phrase


@pytest.mark.parametrize("text, trigger, etype", [
    ("Peru scrapped the 1936 treaty on 4 May 1941.", "scrapped", "REJECT"),
    ("Iran scrapped the treaty in April 1969.", "scrapped", "REJECT"),
    ("Morocco lifted the visa requirement in July 2004.", "lifted", "CONCEDE"),
])
def test_dated_happening_takes_the_backoff_type(prototypes, pipeline, text, trigger, etype):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert events and events[0].type == etype, _show(_events(pipeline, text))
    assert backoff.CHECK in events[0].checks and events[0].cameo is None


@pytest.mark.parametrize("text, trigger", [
    ("Iceland extended its fishing limit to 200 miles on 15 October 1975.", "extended"),
    ("Tanzania scrapped the agreement in January 1977.", "scrapped"),  # "scrap project" 0.84 short
])
def test_dated_happening_stays_other(prototypes, pipeline, text, trigger):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert events and events[0].type == "OTHER", _show(_events(pipeline, text))
    assert backoff.CHECK not in events[0].checks


@pytest.mark.parametrize("text, trigger", [
    ("Iraq tore up the Algiers agreement on 17 September 1980.", "tore"),
    ("Ecuador annulled the protocol in September 1960.", "annulled"),
])
def test_renouncing_an_accord_is_the_ontologys_reject_not_the_backoffs(prototypes, pipeline, text, trigger):
    """Tearing up or annulling an accord is the ontology's renounce group (session 42, other42): REJECT
    from a trigger (the phrase: "tore up the Algiers agreement"), so the back-off, which left these OTHER,
    is not asked."""
    events = [e for e in _events(pipeline, text) if e.trigger.split()[0] == trigger]
    assert events and events[0].type == "REJECT", _show(_events(pipeline, text))
    assert backoff.CHECK not in events[0].checks


@pytest.mark.parametrize("text", [
    "President Okafor signed the budget law in 2011.",
    "On 3 March 1998 the governor signed a decree on the new border districts.",
    "Maduro signs a law creating the new state on 4 April 2023.",
])
def test_backoff_type_faces_its_forms_checks(prototypes, pipeline, text):
    """One signer of a law or decree signs no agreement: the back-off's SUPPORT faces the check a
    dictionary SUPPORT would (``checks.support_for_no_actor``), and the happening stays OTHER."""
    assert not any(e.type == "SUPPORT" for e in _events(pipeline, text)), _show(_events(pipeline, text))


class _CountingEmbedder:
    """Stands in for MiniLM in the cache test: counts the texts it is asked to embed."""

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts):  # noqa: ANN001, ANN201 - the Embedder's method
        self.calls += 1
        return [[float(len(t)), 1.0] for t in texts]


def test_prototype_vectors_are_cached_where_the_actor_kb_is(tmp_path, monkeypatch):
    """The phrase vectors are kept in Chronica's cache directory (CHRONICA_CACHE_DIR, as the actor
    KB's) and read back by the next process; "off" keeps nothing and embeds every time."""
    monkeypatch.setenv("CHRONICA_CACHE_DIR", str(tmp_path))
    emb = _CountingEmbedder()
    first = backoff._cached_matrix(["sign agreement", "attack"], emb)
    again = backoff._cached_matrix(["sign agreement", "attack"], emb)
    assert emb.calls == 1 and len(list(tmp_path.glob("type_prototypes-*.npy"))) == 1
    assert first.shape == again.shape == (2, 2)
    monkeypatch.setenv("CHRONICA_CACHE_DIR", "off")
    backoff._cached_matrix(["sign agreement", "attack"], emb)
    assert emb.calls == 2


# --- doerless happenings told by their own noun (``retype_doerless``) ---------------------------

@pytest.mark.parametrize("text, verb, phrase", [
    ("Diplomatic relations were restored in June 1979.", "restored", "restore diplomatic relations"),
    ("The first round of official talks was held in Lisbon in March 1984.", "held",
     "hold round of official talks"),
    ("The border treaty entered into force on 3 May 1965.", "entered", "enter into force border treaty"),
])
def test_doerless_phrase(pipeline, text, verb, phrase):
    from chronica.events.extract import _ONTOLOGY
    doc = pipeline(pipeline.make_doc(text))
    tok = next(t for t in doc if t.text == verb)
    found = backoff.happening_noun(tok, _ONTOLOGY)
    assert found is not None and backoff.doerless_phrase(tok, *found) == phrase


@pytest.mark.parametrize("text, trigger, etype", [
    # relations restored (three texts of the development set tell it so: a break healed by mediation,
    # a timeline entry, a dispute over a frontier)
    ("Diplomatic relations were restored in June 1979.", "restored", "SUPPORT"),
    ("After a Saudi mediation, diplomatic relations were restored in October 1994.", "restored", "SUPPORT"),
    ("The relations between the two capitals were restored on 14 October 1991.", "restored", "SUPPORT"),
    ("When ties were finally restored in March 1997 the wound was only covered.", "restored", "SUPPORT"),
    # a round of talks held
    ("The first round of official talks was held in Lisbon in March 1984.", "held", "CONSULT"),
    ("After Swiss mediation, the 12th round of exploratory talks was held in Geneva on 4 May 2019.", "held",
     "CONSULT"),
])
def test_doerless_happening_takes_the_backoff_type(prototypes, pipeline, text, trigger, etype):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert events and events[0].type == etype, _show(_events(pipeline, text))
    assert backoff.CHECK in events[0].checks


@pytest.mark.parametrize("text", [
    # an accord signed or entering into force, no signer told: SUPPORT by its noun (a dated accord,
    # ``extract._dated_happening_noun``) or by the back-off on its verb, never a happening of no type
    "A boundary treaty on the lower river was signed on 9 April 1962.",
    "The border treaty entered into force on 3 May 1965.",
    "The regional customs treaty entered into force on 8 July 2001.",
])
def test_doerless_accord_is_support(prototypes, pipeline, text):
    events = _events(pipeline, text)
    assert events and all(e.type == "SUPPORT" for e in events), _show(events)


@pytest.mark.parametrize("text, trigger", [
    ("The bridge between the two towns was opened on 16 September 1976.", "opened"),  # no relations, accord, talks
    ("Oral hearings were held in The Hague in June 2003.", "held"),  # a court's hearing, no talks
    ("The second filling followed in July 2021.", "followed"),
    ("Local elections were held across the province in November 2014.", "held"),
])
def test_doerless_happening_of_other_things_stays_other(prototypes, pipeline, text, trigger):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert all(e.type == "OTHER" for e in events), _show(_events(pipeline, text))


# --- an accord coming into force, "it" taken up; relations that followed, of the document's pair (session 64) ---

@pytest.mark.parametrize("text, trigger, etype", [
    # the accord's coming into force is its finalizing (SUPPORT), its noun or the "it" that stands for it
    ("The fisheries convention between the two states came into force in 1979.", "came", "SUPPORT"),
    ("Ghana and Bolivia signed a trade treaty in 1990. It entered into force on 14 February 1991.", "entered", "SUPPORT"),
    ("The two governments concluded a transit agreement in May 2011. It took effect on 1 October 2012.", "took",
     "SUPPORT"),
    # relations that followed, the document's two states given as their parties: established (SUPPORT)
    ("Iceland and Chile quarrelled over fishing for years. Full diplomatic relations followed on 19 August 1987.",
     "followed", "SUPPORT"),
])
def test_accord_in_force_and_relations_that_followed(prototypes, pipeline, text, trigger, etype):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert events and events[0].type == etype, _show(_events(pipeline, text))


@pytest.mark.parametrize("text, trigger", [
    # a law or a constitution in force is no act between parties; the "it" is the law, no doer
    ("Bolivia passed a mining law in March 2013. It came into force on 2 July 2013.", "came"),
    ("The new constitution of Ghana came into force on 9 November 1923.", "came"),
])
def test_law_in_force_stays_other_with_no_doer(prototypes, pipeline, text, trigger):
    events = [e for e in _events(pipeline, text) if e.trigger == trigger]
    assert events and all(e.type == "OTHER" and not e.actors("source") for e in events), _show(_events(pipeline, text))


@pytest.mark.parametrize("text, parties", [
    # the accord "it" stands for keeps the parties of the clause that told it: its subject, or its passive's agent
    ("Ghana and Bolivia signed a trade treaty in 1990. It entered into force on 14 February 1991.", {"GHA", "BOL"}),
    ("Chile and Ghana concluded a fisheries agreement in October 2008. It came into force on 3 April 2009.",
     {"CHL", "GHA"}),
    ("The agreement was signed in 1981 by Ghana and Bolivia. It entered into force on 22 November 1982.",
     {"GHA", "BOL"}),
])
def test_accord_in_force_keeps_its_parties(prototypes, pipeline, text, parties):
    from event_cases import doer_states
    events = [e for e in _events(pipeline, text) if e.trigger in ("entered", "came")]
    assert events and events[0].type == "SUPPORT", _show(_events(pipeline, text))
    assert doer_states(events[0]) == parties, _show(events)
