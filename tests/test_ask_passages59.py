"""Session 59: the roles a question's parse gives (the passive's subject the parser calls "nsubj";
the doer of a clause that only tells which thing is meant), and what-questions answered by the
sentences search finds that state all the question names (:meth:`Reader.passages`). Invented
events between real and invented places, invented dates."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

from chronica.ask.question import parse
from chronica.events.model import SOURCE, TARGET


def _role_of(question: str, name: str):
    q = parse(question)
    found = [a for a in q.actors if name in a.text]
    assert found, [a.text for a in q.actors]
    return found[0].role


@pytest.mark.parametrize("question, name, role", [
    # the passive's subject: the one the act is done to, whatever label the parser gives it
    ("When was Jorge Malvado assassinated?", "Malvado", TARGET),
    ("When was Chile invaded?", "Chile", TARGET),
    # the active subject stays the doer
    ("When did Chile invade Peru?", "Chile", SOURCE),
    ("When did Peru invade Chile?", "Chile", TARGET),
])
def test_passive_subject_is_the_target(question, name, role):
    assert _role_of(question, name) == role


@pytest.mark.parametrize("question, name, role", [
    # the doer of a clause that describes a thing takes no role in the question's act
    ("When did Chile send the frigate into waters claimed by Peru?", "Peru", None),
    ("Who led the militia that Bolivia armed in the war?", "Bolivia", None),
    # ... while the question's own doer keeps its role
    ("When did Chile send the frigate into waters claimed by Peru?", "Chile", SOURCE),
    ("When did Peru claim the waters off Arica?", "Peru", SOURCE),
])
def test_doer_of_a_describing_clause_has_no_role(question, name, role):
    assert _role_of(question, name) == role


TEXTS = {
    "coast.txt": """title: The Punta Lobos affair
published: 2031-05-02

Chile and Peru quarrelled over the fishing grounds off Punta Lobos in 2030.
On 3 March 2030 Peruvian patrol boats detained forty-one Chilean fishermen near Punta Lobos.
The Security Council passed Resolution 4417 on 9 April 2030; it called on both states to release all detained crews and to open talks.
In June 2030 the two governments set up a joint fisheries commission.
""",
    "notes.txt": """title: Notes on the fisheries quarrel
published: 2032-01-10

Resolution 4417 called on Chile and Peru to free the detained crews.
The joint fisheries commission held its first session in Arica in September 2030.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("passages59"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, cited", [
    # a numbered document named by the question: the sentences that name it and say what it did
    ("What did Resolution 4417 do?", "Resolution 4417"),
    ("What did Resolution 4417 call on Chile and Peru to do?", "Resolution 4417"),
    # a time the sentence writes
    ("What did Resolution 4417 do in April 2030?", "9 April 2030"),
])
def test_what_answered_by_the_passage(asker, question, cited):
    answer = asker.ask(question)
    assert answer.verdict == "answered", answer.text
    assert answer.citations and all(cited in c.sentence for c in answer.citations)


@pytest.mark.parametrize("question", [
    "What did Resolution 5120 do?",  # a document no source names
    "What did Resolution 4417 say about whaling quotas?",  # named, but not what is asked of it
    "What did Resolution 4417 do in 2035?",  # no sentence of that time
    # what Chile did: no sentence of which Chile is the doer (the detaining was Peru's act)
    "What did Chile do after its fishermen were detained at Punta Lobos?",
])
def test_what_not_answered_by_a_passage(asker, question):
    answer = asker.ask(question)
    assert answer.verdict == "not found", answer.text


def test_passages_need_every_name(asker):
    q = parse("What did Resolution 4417 say about Arica?")
    hits = asker.index.search(q.text, limit=20)
    assert asker.reader.passages(q, hits) == []  # no sentence names both


@pytest.mark.parametrize("asked, person, told, told_kind, fills", [
    # a person the question names in full, a sentence by the surname alone
    ("Jorge Malvado", True, "Malvado", "person", True),
    ("Jorge Malvado", True, "Malvado", None, True),
    ("Jorge Malvado", True, "Jorge Malvado", "person", True),
    # the surname alone in the question, the full name in the sentence (the rule before it)
    ("Malvado", True, "Jorge Malvado", "person", True),
    # another person, or a name that is no person's ("the Punta Lobos [Fleet]" is not "Lobos")
    ("Jorge Malvado", True, "Ruiz", "person", False),
    ("Punta Lobos", False, "Lobos", None, False),
])
def test_person_named_by_the_surname(asked, person, told, told_kind, fills):
    from types import SimpleNamespace

    from chronica.ask.answer import _fills
    from chronica.ask.question import QuestionActor

    actor = QuestionActor(None, asked, asked, TARGET, kind="person" if person else None)
    participant = SimpleNamespace(actor_id=None, state=None, text=told, name=told, kind=told_kind)
    assert _fills(participant, actor) is fills


FIGURES = {
    "wire.txt": """title: Storm on the coast
published: 2030-03-20

A storm struck the fishing harbour of Punta Lobos on 14 March 2030.
The storm at Punta Lobos left 41 fishermen missing, the port authority said.
The storm at Caleta Verde left twelve fishermen missing.
""",
    "weekly.txt": """title: After the storm
published: 2030-04-02

In all 38 fishermen went missing in the storm at Punta Lobos, according to the harbour master.
Twelve fishermen went missing in the storm at Caleta Verde.
""",
}


@pytest.fixture(scope="module")
def figure_asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("figures59"), FIGURES) as asker:
        yield asker


@pytest.mark.parametrize("question, verdict, values", [
    # two sources, two counts of the thing asked about: both sides
    ("How many fishermen went missing in the storm at Punta Lobos?", "disputed", ["41", "38"]),
    # two sources, one count: the passages answer
    ("How many fishermen went missing in the storm at Caleta Verde?", "answered", ["twelve"]),
])
def test_how_many_sides(figure_asker, question, verdict, values):
    answer = figure_asker.ask(question)
    assert answer.verdict == verdict, answer.text
    for value in values:
        assert value in answer.text.lower()


@pytest.mark.parametrize("question, unit", [
    ("How many fishermen went missing?", "fisherman"),
    ("How many Italian soldiers were killed at the pass?", "soldier"),
    ("What did the storm destroy?", None),
])
def test_counted_noun(question, unit):
    from chronica.ask.answer import counted

    assert counted(parse(question).doc) == unit
