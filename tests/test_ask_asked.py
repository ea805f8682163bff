"""Names a question writes that are no participant a sentence must name beside the answer:

- a sector noun the actors stage gave the one state its sentence names ("the Hamas
  [government]": not Egypt's; "a foreign [head of state] visited Lima": not Peru's) — in an
  article the paragraph says whose it is, in a question of one sentence it is a guess;
- a name with a number after it ("Resolution 2310", "Law 88-21", "ruling TC 45-09"): a numbered
  document, kept as a name its sentences write (a place of the question), no party;
- the words of the phrase the question word determines ("which [Chilean] president", "which
  [NATO] official"): they describe the answer, and the noun they describe holds the role the
  answer fills (the parser often hangs "which" elsewhere).

Case tables of the parse, then one end-to-end question over a store of the project's own texts.
Sentences and questions here are the project's own (other names and numbers than any article)."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask import parse
from chronica.events.model import SOURCE, TARGET


@pytest.mark.parametrize("text, ids", [
    # a sector noun given the country of another name of the question is no actor of its own
    ("When did Egypt recognise the Hamas government?", {"EGY", "HAMAS"}),
    ("Who was the first foreign head of state to visit Lima after the flood?", {"seat:lima"}),
    ("What did Kenya threaten to do with the Ogaden refugees in May 1984?", {"KEN"}),
    # with its own country beside it, it stays ("Iraqi troops")
    ("When did Iraqi troops enter Kuwait?", {"IRQ/military", "KWT"}),
])
def test_ask_parse_sector_noun_of_context_is_no_actor(text, ids):
    q = parse(text)
    assert {a.actor_id for a in q.actors if a.actor_id} == ids, q.actors
    assert not any(a.text.islower() for a in q.actors), q.actors


@pytest.mark.parametrize("text, place", [
    ("When did the Security Council adopt Resolution 2310?", "resolution 2310"),
    ("Which Chilean president signed Law 88-21?", "law 88-21"),
    ("When did the court issue ruling TC 45-09?", "tc 45-09"),
])
def test_ask_parse_numbered_document_is_a_place(text, place):
    q = parse(text)
    assert place in q.places
    assert not any(a.actor_id is None and place.startswith(a.text.casefold()) for a in q.actors), q.actors


@pytest.mark.parametrize("text, ids, role", [
    # the names before the noun "which" determines describe the answer; that noun's role is
    # the answer's ("which Kenyan ambassador did Uganda expel": the one expelled)
    ("Which Chilean president signed Law 88-21?", set(), SOURCE),
    ("Which Kenyan ambassador did Uganda expel in 1976?", {"UGA"}, TARGET),
    ("Which NATO official visited Oslo in May 1961?", {"seat:oslo"}, SOURCE),
    # names after the question's noun are participants
    ("What year did Chile invade Peru?", {"CHL", "PER"}, None),
    ("Which country did Iraq invade in 1990?", {"IRQ"}, TARGET),
])
def test_ask_parse_which_phrase_describes_the_answer(text, ids, role):
    q = parse(text)
    assert {a.actor_id for a in q.actors if a.actor_id} == ids, q.actors
    assert q.answer_role == role


TEXTS = {
    "gazette.txt": """title: New citizenship law in force
published: 1999-06-10

Parliament passed a citizenship bill in May after a long debate.
President Tomas Arlenda signed Law 88-21 on 4 June 1999, and it came into force a week later.
""",
    "review.txt": """title: A year of reforms
published: 2000-01-15

The citizenship reform was the largest of the year.
Law 88-21 was signed by President Tomas Arlenda in June 1999.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("asked"), TEXTS) as asker:
        yield asker


def test_ask_which_president_signed_a_numbered_law(asker):
    """No sentence names the state "Chilean" describes: the answer is the one who signed the law
    the question numbers, not the law (the doer, not the object the parser hung "which" on)."""
    answer = asker.ask("Which Chilean president signed Law 88-21?")
    assert answer.verdict == "answered", answer.text
    assert "Arlenda" in answer.text and not answer.text.startswith("Law")
