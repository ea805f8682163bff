"""A when-answer is disputed by another source that tells the same happening at another date in
words the question does not use (:meth:`chronica.ask.answer.Asker._paraphrase_dissent`, issue 14:
"one side of a dispute only").

Besides a close sentence holding the question's word, a less close one counts when the build
coded in it an event of the question's type between the question's parties
(:func:`chronica.ask.answer._same_parties`) and it writes that one date; the other date may be
written to the month, and lies at most a month from the answer's. Every text, place and date below
is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from ask_corpus import asker_over

from chronica.ask import answer as answer_module
from chronica.ask.answer import Answer, Asker, Citation, _same_parties

from chronica.ask.question import QuestionActor, parse
from chronica.events.model import OTHER, SOURCE, TARGET


def _p(actor_id, role, state=None, text=None):  # noqa: ANN001, ANN202
    return SimpleNamespace(actor_id=actor_id, state=state or actor_id, role=role, text=text or actor_id,
                           name=text or actor_id, kind="state")


def _m(type_, *participants, checks=()):  # noqa: ANN001, ANN202
    return SimpleNamespace(type=type_, participants=list(participants), checks=list(checks))


CHL_DOER = QuestionActor("CHL", "Chile", "Chile", SOURCE)
NOR_DONE = QuestionActor("NOR", "Norway", "Norway", TARGET)
CHL_WITH = QuestionActor("CHL", "Chile", "Chile", SOURCE)
NOR_WITH = QuestionActor("NOR", "Norway", "Norway", SOURCE)  # "when did Chile and Norway sign"
PERSON = QuestionActor("someone_invented", "Ana Torres", "Ana Torres", SOURCE, kind="person")
SEAT = QuestionActor("seat:oslo", "Oslo", "Oslo", TARGET, also=("NOR",), kind="government_seat")
UNKNOWN = QuestionActor(None, "the station", "the station", TARGET, kind="organisation")


@pytest.mark.parametrize("mention, actors, same", [
    # both parties, in the roles the question gives them
    (_m("ASSAULT", _p("CHL", SOURCE), _p("NOR", TARGET)), [CHL_DOER, NOR_DONE], True),
    # the roles the other way round in an act that has a direction: another happening
    (_m("ASSAULT", _p("NOR", SOURCE), _p("CHL", TARGET)), [CHL_DOER, NOR_DONE], False),
    # a coordinated subject gives both the doer's role: the roles are not weighed
    (_m("SUPPORT", _p("NOR", SOURCE), _p("CHL", TARGET)), [CHL_WITH, NOR_WITH], True),
    # a party of the question missing (the asked person's visit is not her counterpart's)
    (_m("CONSULT", _p("NOR", SOURCE), _p("CHL", TARGET)), [PERSON, SEAT], False),
    # a seat of government is where it happened, not a party that must be named
    (_m("ASSAULT", _p("CHL", SOURCE)), [CHL_DOER, SEAT], True),
    # a name the knowledge base does not know is not looked for among the participants
    (_m("ASSAULT", _p("CHL", SOURCE), _p("NOR", TARGET)), [CHL_DOER, NOR_DONE, UNKNOWN], True),
    # no party of the question at all
    (_m("ASSAULT", _p("PER", SOURCE), _p("BOL", TARGET)), [CHL_DOER, NOR_DONE], False),
    # a participant in no role of its own (OTHER) does not reverse anything
    (_m("ASSAULT", _p("CHL", SOURCE), _p("NOR", OTHER)), [CHL_DOER, NOR_DONE], True),
])
def test_same_parties(mention, actors, same):
    assert _same_parties(mention, actors) is same


TEXTS = {
    "wire.txt": """title: Station shelled
published: 1983-03-15

Chilean gunboats shelled the Norwegian research station at Punta Fria on 14 March 1983.
Chile and Norway signed a fisheries accord in Valparaiso on 3 June 1985.
Norway expelled two Chilean diplomats on 9 October 1985.
Norway recalled its ambassador from Chile on 2 February 1986.
""",
    "encyclopedia.txt": """title: Chile–Norway relations
published: 1990-06-01

On 14 March 1983 Chilean gunboats shelled the Norwegian research station at Punta Fria, and Norway protested.
The two governments signed the fisheries accord on 3 June 1985 after two years of talks.
On 9 October 1985 Norway expelled two Chilean diplomats accused of spying.
Norway recalled its ambassador from Chile on 2 February 1986, after a trawler was seized.
""",
    "blog.txt": """title: Remembering Punta Fria
published: 2003-03-12

On 12 March 1983 Chilean warships opened fire on Norwegian scientists at Punta Fria.
Chile signed the fisheries accord with Norway in May 1985, a year before the quarrel over the trawler.
In September 1985 Norway expelled two Chilean diplomats over the trawler affair.
On 20 November 1986 Norway withdrew its envoy from Santiago in protest.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("neighbours"), TEXTS) as asker:
        yield asker


def test_ask_when_another_source_in_other_words_disputes(asker):
    """Two sources date the shelling to 14 March; a third tells it as warships opening fire on
    the 12th (no word of "shell"): the answer is disputed, each day with its sources."""
    answer = asker.ask("When did Chile shell the Norwegian station at Punta Fria?")
    assert answer.verdict == "disputed", answer.text
    assert {"1983-03-14", "1983-03-12"} <= {c.date for c in answer.citations}, answer.text


def test_ask_when_the_step_is_what_disputes(asker, monkeypatch):
    """Without the step the answer is the one day (so the test above tests the step)."""
    monkeypatch.setattr(Asker, "_paraphrase_dissent", lambda self, q, a: None)
    answer = asker.ask("When did Chile shell the Norwegian station at Punta Fria?")
    assert answer.verdict == "answered", answer.text


def _answered_on(asker, question, written, value):  # noqa: ANN001, ANN202
    """The question answered with the one date ``value`` of the sentences search finds for it
    that write ``written`` (as the chronicle would answer it without the other source)."""
    cites = [Citation(h.sentence.document_id, None, h.sentence.text, h.sentence.start, h.sentence.end, value)
             for h in asker.index.search(question, limit=8) if written in h.sentence.text]
    assert len(cites) == 2, cites
    return parse(question), Answer(parse(question), "answered", value, cites, values=[value])


def test_ask_when_a_month_against_a_day_disputes(asker):
    """A source that writes the expulsion in the month before the day the two others write
    disputes that day (the build disputes it too: the step is asked directly)."""
    q, answer = _answered_on(asker, "When did Norway expel the Chilean diplomats?",
                             "9 October 1985", "1985-10-09")
    disputed = asker._paraphrase_dissent(q, answer)
    assert disputed is not None and disputed.verdict == "disputed"
    assert "1985-09" in {c.date for c in disputed.citations}, disputed.text


def test_ask_when_a_month_needs_the_month_precision(asker, monkeypatch):
    """Read to the day only, the month says nothing against the day (so the test above tests
    :data:`PARAPHRASE_PRECISION_DAYS`)."""
    monkeypatch.setattr(answer_module, "PARAPHRASE_PRECISION_DAYS", 1)
    q, answer = _answered_on(asker, "When did Norway expel the Chilean diplomats?",
                             "9 October 1985", "1985-10-09")
    assert asker._paraphrase_dissent(q, answer) is None


def test_ask_when_a_date_months_away_stays_answered(asker):
    """A recall told months later is another recall, not another date of the same one."""
    answer = asker.ask("When did Norway recall its ambassador from Chile?")
    assert answer.verdict == "answered", answer.text
    assert answer.values[0] == "1986-02-02", answer.text
