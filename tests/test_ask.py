"""Questions and claim checks on the bundled example (examples/suez), and the parsing of
questions with the build's pipeline. Sentences here are the project's own."""

from __future__ import annotations

import json

import pytest
from test_chronicle_data import needs_minilm
from typer.testing import CliRunner

from chronica.ask import NOT_FOUND, open_asker, parse
from chronica.cli import app
from chronica.store import Store

runner = CliRunner()


@pytest.mark.parametrize("text, kind, actors, types, span", [
    ("When did Aldoria's army invade Borvia?", "when", None, ["ASSAULT"], None),
    ("Who attacked Egypt in 1956?", "who", [("EGY", "target")], ["ASSAULT"], ("1956-01-01", "1956-12-31")),
    ("Did Israel sign a treaty with Egypt?", "did", [("ISR", "source"), ("EGY", None)], ["SUPPORT"], None),
    ("What happened between France and Germany in the 1960s?", "what",
     [("FRA", None), ("DEU", None)], [], ("1960-01-01", "1969-12-31")),
    ("Egypt expelled the Soviet advisers in 1972.", "check", None, ["SANCTION"], ("1972-01-01", "1972-12-31")),
])
def test_ask_parse(text, kind, actors, types, span):
    q = parse(text)
    assert q.kind == kind
    if actors is not None:
        assert [(a.actor_id, a.role) for a in q.actors] == actors
    assert q.types[: len(types)] == types or (not types and q.types == [])
    if span is None:
        assert q.span is None
    else:
        assert (q.span[0].isoformat(), q.span[1].isoformat()) == span


def test_ask_parse_resolves_names_at_the_time_asked():
    """'Russia' in the 1960s is the Soviet Union, as the knowledge base dates it."""
    assert [a.actor_id for a in parse("What did Russia do in the 1960s?").actors] == ["SUN"]
    assert [a.actor_id for a in parse("What did Russia do in 2010?").actors] == ["RUS"]


@pytest.fixture(scope="module")
def asker(suez_db):
    with Store(suez_db) as store:
        yield open_asker(store)


# (question, verdict, answer contains, a cited sentence contains)
QUESTIONS = [
    ("When did Nasser nationalise the canal?", "answered", "26 July 1956", "nationalised the Suez Canal"),
    ("Who nationalised the Suez Canal?", "answered", "Nasser", "nationalised"),
    ("When did Nasser die?", "disputed", "1970", "died in 1971"),
    ("Did Eden resign?", "answered", "yes", "resigned"),
    ("Whom did the Soviet premier warn?", "answered", "France", "ready to use force"),
    ("Did Egypt invade France?", "not found", NOT_FOUND, None),
    ("When did the Soviet Union collapse?", "not found", NOT_FOUND, None),
    ("What's for dinner?", "not found", NOT_FOUND, None),
]


@needs_minilm
@pytest.mark.parametrize("question, verdict, contains, cited", QUESTIONS)
def test_ask_answers(asker, question, verdict, contains, cited):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    assert contains in answer.text
    if cited is None:
        assert answer.citations == []
    else:
        assert any(cited in c.sentence for c in answer.citations)


@needs_minilm
def test_ask_disputed_answer_gives_both_sides(asker):
    answer = asker.ask("When did Nasser die?")
    sides = {s.label: [c.sentence for c in s.citations] for s in answer.sides}
    assert set(sides) == {"1970", "1971"}
    assert any("1970" in x for x in sides["1970"]) and any("1971" in x for x in sides["1971"])


# (claim, verdict, a sentence for contains, a sentence against contains)
CLAIMS = [
    ("Nasser died in 1970.", "disputed", "died in 1970", "died in 1971"),
    ("Anthony Eden resigned in January 1957.", "supported", "January 1957", None),
    ("Eden resigned in 1960.", "contradicted", None, "January 1957"),
    ("Nasser nationalised the Suez Canal in July 1956.", "supported", "July 26", None),
    ("Israel invaded Egypt in 1990.", "not found", None, None),  # an attack in 1956 is no invasion
    # figures are checked against the claims layer (chronica.claims), not against events
    # the two sources' tolls of the Egyptian dead are a planted disagreement (examples/README.md),
    # found by the claims layer since an undated figure is compared by its occasion (session 33)
    ("About 3,000 Egyptians died.", "disputed", "Some 3,000 Egyptians", "About 1,650"),
    # a near paraphrase of the source's toll with a figure three times higher: one toll told
    # differently (issue 11: figures of one thing compare as intervals, however far apart)
    ("Some 10,000 Egyptians died in the fighting.", "contradicted", None, "Some 3,000 Egyptians"),
    ("Some 10,000 Egyptians were taken prisoner.", "not found", None, None),  # another measure
    ("The weather was fine.", "not found", None, None),
]


@needs_minilm
@pytest.mark.parametrize("claim, verdict, pro, con", CLAIMS)
def test_check_claims(asker, claim, verdict, pro, con):
    answer = asker.check(claim)
    assert answer.verdict == verdict, answer.text
    sides = {s.label: [c.sentence for c in s.citations] for s in answer.sides}
    if pro:
        assert any(pro in x for x in sides["for"])
    if con:
        assert any(con in x for x in sides["against"])
    if verdict == "not found":
        assert answer.citations == []


@needs_minilm
def test_ask_and_check_cli(suez_db):
    result = runner.invoke(app, ["check", "Nasser died in 1970.", "--db", str(suez_db)])
    assert result.exit_code == 0, result.output
    assert "disputed" in result.output and "against" in result.output
    result = runner.invoke(app, ["ask", "When did Nasser die?", "--json", "--db", str(suez_db)])
    data = json.loads(result.output)
    assert data["verdict"] == "disputed" and data["sides"]
    assert all({"document", "sentence", "start", "end"} <= set(c) for c in data["citations"])
    result = runner.invoke(app, ["ask", "", "--db", str(suez_db)])
    assert result.exit_code == 2 and "Traceback" not in result.output
