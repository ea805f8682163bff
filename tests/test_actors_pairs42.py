"""Who did it, round 42: the pair behind "each government", "the two governments" said before the
pair is named, and a doer that is no one.

Rule ``each_of_a_pair`` (chronica/actors/agents.py, ``_each_collective``): "each"/"neither" before
the singular of a collective noun of ``collectives.tsv`` ("each government", "neither side") names
the pair in context, as "both governments" does. Our own sentences, of the shape of dev texts
perecuador (each government blamed the other), chdsdn (each government accused the other),
swenor, ethiopia, iraniraq and moralg (neither government did something).

Rule ``pair_named_after`` (``_pair_before``): "the two governments" said before two states are
named stands for the pair the whole document is about (each named at least three times, together
more than half its state mentions), else for the states named first after it (in its paragraph,
else the document). Our own documents, of the shape of dev texts malsgp (the two
governments signed an agreement), franzl (the two governments referred the dispute) and indmal
(the two governments agreed to submit their differences), each said before the pair is named.

Rule ``no_doer`` (chronica/events/_modality.py): a subject determined by "neither" or "no"
("neither government called up its reserves") says the act did not happen: negated. Same dev texts
as ``each_of_a_pair`` (swenor, chdsdn, ethiopia, iraniraq, moralg).
"""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions
from chronica.events import extract_events
from chronica.events.model import ASSERTED, NEGATED, SOURCE
from event_cases import doer_states, show, states


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = "2005-01-01") -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


def _find(mentions, text):
    hits = [m for m in mentions if m.text == text]
    assert hits, (text, [(m.text, m.actor_ids) for m in mentions])
    return hits[0]


EACH = [  # (text, phrase, the pair)
    ("War broke out between Chile and Bolivia in 1879, and each government blamed the other for it.",
     "each government", {"CHL", "BOL"}),
    ("Kenya and Somalia quarrelled over the frontier. Each government accused the other of arming raiders.",
     "Each government", {"KEN", "SOM"}),
    ("Denmark and Norway argued over the island in 1931, but neither government sent ships.",
     "neither government", {"DNK", "NOR"}),
    ("Iran and Iraq swapped prisoners in 1990, though neither government has released a full list.",
     "neither government", {"IRN", "IRQ"}),
    ("Greece and Turkey signed the protocol in 1988. Each side accused the other of breaking it.",
     "Each side", {"GRC", "TUR"}),
]


@pytest.mark.parametrize("text,phrase,pair", EACH)
def test_each_of_a_pair(run, text, phrase, pair):
    m = _find(run(text), phrase)
    assert set(m.actor_ids) == pair and m.via == "collective", (m.text, m.actor_ids, m.via)


@pytest.mark.parametrize("text", [
    "Chad and Sudan met in Dakar. They agreed to meet each year and to inform each other.",
    "Chad and Sudan met in Dakar. Each delegation brought its own interpreters.",
])
def test_each_needs_a_collective_noun(run, text):
    assert not [m for m in run(text) if m.kind == "collective"]


NAMED_AFTER = [  # (text, phrase, the pair): the pair is named only after the phrase
    ("The two governments signed the rail agreement in January 2018. Malaysia wanted the link; Singapore "
     "built its terminal. Malaysia then paused the work, and Singapore asked for compensation. Malaysia "
     "paid in 2021, and Singapore accepted.", "The two governments", {"MYS", "SGP"}),
    ("The two governments referred the dispute to the Secretary-General in June 1986. France had held "
     "the agents; New Zealand wanted an apology. France offered money, New Zealand refused, and France "
     "finally apologised to New Zealand.", "The two governments", {"FRA", "NZL"}),
    ("The two Governments agreed to submit their differences to the Court in 1997. Indonesia claimed both "
     "islands, and Malaysia claimed them too. Indonesia and Malaysia argued for years before Indonesia "
     "accepted the ruling in favour of Malaysia.", "The two Governments", {"IDN", "MYS"}),
]


@pytest.mark.parametrize("text,phrase,pair", NAMED_AFTER)
def test_pair_named_after(run, text, phrase, pair):
    m = _find(run(text), phrase)
    assert set(m.actor_ids) == pair and m.via == "collective", (m.text, m.actor_ids, m.via)


def test_pair_named_after_in_a_short_record(run):
    text = ("The two governments referred the dispute to the Secretary-General in June 1986. His ruling came "
            "in July: Chile to pay US$3 million to Bolivia.")
    m = _find(run(text), "The two governments")
    assert set(m.actor_ids) == {"CHL", "BOL"}, (m.text, m.actor_ids, m.via)


@pytest.mark.parametrize("text,phrase", [
    # people are never guessed from those named after ("the two men", "the two presidents")
    ("The two men promised an annual summit in Dublin. Later Keir Starmer spoke to the press, and so did "
     "Simon Harris.", "men"),
    ("Idriss Deby was in Sirte in 2007. There the two presidents pledged to stop backing rebels, Muammar "
     "Gaddafi said.", "presidents"),
    # nor an agent noun counted as a pair from states named after it
    ("It was an exercise only, the two air forces flying together. The pact was signed by the Egyptian "
     "minister, and it warns Ethiopia.", "air forces"),
])
def test_pair_named_after_only_a_collective_of_states(run, text, phrase):
    mentions = run(text, "2007-01-01")
    assert not [m for m in mentions if m.kind == "collective"], [(m.text, m.actor_ids) for m in mentions]
    assert len(_find(mentions, phrase).actor_ids) < 2


def test_pair_named_after_needs_two_states(run):
    text = "The two governments signed a treaty in 1990. Chile later joined it."
    assert not [m for m in run(text) if m.kind == "collective"]


NO_DOER = [  # (text, trigger's first word, the doers, modality)
    ("Denmark and Norway argued over the island in 1931. In May neither government called up its reserves.",
     "called", {"DNK", "NOR"}, NEGATED),
    ("Chad and Sudan signed an accord in 2010, and neither government has accused the other of an attack since.",
     "accused", {"TCD", "SDN"}, NEGATED),
    ("Morocco and Algeria fell out in 1994. Neither government has expelled the other's diplomats.",
     "expelled", {"MAR", "DZA"}, NEGATED),
    ("Kenya and Somalia quarrelled in 1964. Each government accused the other of arming raiders.",
     "accused", {"KEN", "SOM"}, ASSERTED),
]


@pytest.mark.parametrize("text,trigger,doers,mod", NO_DOER)
def test_no_doer_negates(full, text, trigger, doers, mod):
    evs = [e for e in extract_events(full(text)) if e.trigger.split()[0] == trigger]
    assert evs, show(extract_events(full(text)))
    assert evs[0].modality == mod, show(evs)
    assert doers <= doer_states(evs[0]), show(evs)  # a joint act's parties: source and recipient
