"""Session 57 (subj57): who a subject pronoun stands for, at the actors' level (``_actors.phrase_mentions``).

Rule ``it_stands_for_a_seat_or_organ``: a subject "it" of a clause below another stands for that clause's
subject when it is a capital named for its government, an armed group or an agency, or an organ of a
state ("the foreign ministry said that it ..."), as it already did for a state; not across sentences,
not when the parse makes "it" the subject of an object's small clause ("allowed it to", "declared it
void", "a law making it easy"). And a he/she subject takes the subject of the clause it hangs from
before the main clause's ("A said ..., while B told reporters he ..." -> B). Every sentence here is
invented."""

from __future__ import annotations

import pytest

from chronica.events._actors import MentionIndex, mentions_from, phrase_mentions
from chronica.events.extract import _without_happening_nouns
from chronica.events.ontology import load_ontology


def _stands_for(full, text: str, nth: int = 0, word: str = "it") -> list[str]:
    """The names the ``nth`` pronoun ``word`` of ``text`` resolves to."""
    doc = full(text)
    index = MentionIndex(doc, _without_happening_nouns(mentions_from(doc, None), doc, load_ontology()))
    pronoun = [t for t in doc if t.lower_ == word][nth]
    return [m.name or m.text for m in phrase_mentions(pronoun, index)]


@pytest.mark.parametrize("text, nth, who", [
    # a capital named for its government, the subject of the clause above
    ("Lima said on Monday that it would close the border crossing at dawn.", 0, "Lima"),
    ("Quito summoned the Chilean envoy to protest against what it called an insult.", 0, "Quito"),
    ("Oslo announced that it was recalling its ambassador from Lisbon.", 0, "Oslo"),
    # an organ of a state: its state's organ
    ("Peru's foreign ministry said on Friday that it would protest to Bolivia.", 0, "Peru (foreign ministry)"),
    # a state, as before
    ("Chile said it would not attend the summit in Lima.", 0, "Chile"),
])
def test_it_stands_for_the_seat_or_organ_of_the_clause_above(full, text, nth, who):
    assert _stands_for(full, text, nth) == [who], text


@pytest.mark.parametrize("text, nth", [
    # the subject of an object's small clause: not the verb's own subject
    ("Lima allowed it to open an office in the port.", 0),
    ("Oslo declared it void in December 1931.", 0),
    ("In 1961 Lima adopted a decree making it easy for exiles to come back.", 0),
    ("In 1961 a Peruvian decree made it easy for exiles to come back.", 0),
    # a sentence after a capital's act: "it" may be the thing acted on as well, left alone
    ("Lima signed the fisheries accord in May 1961. It came into force in June 1962.", 0),
    # a dummy "it"
    ("Lima said it was clear that the talks had failed.", 0),
])
def test_it_in_an_objects_place_or_a_later_sentence_is_no_seat(full, text, nth):
    assert _stands_for(full, text, nth) == [], text


@pytest.mark.parametrize("text, who", [
    ("Mr Adams said Peru should have signed, while Mr Brown told reporters he had never signed any accord.",
     "Brown"),
    ("Mr Adams and Mr Brown met in Lima, and Mr Brown went home saying that he had promised nothing.", "Brown"),
])
def test_he_is_the_subject_of_the_clause_he_hangs_from(full, text, who):
    found = _stands_for(full, text, 0, "he")
    assert len(found) == 1 and found[0].endswith(who), (text, found)

