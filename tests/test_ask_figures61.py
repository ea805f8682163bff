"""Session 61: a how-many what-question the chronicle's events answer is disputed when the
sentences that state it write different figures of what it counts in different sources
(:meth:`Asker._figures_disputed`, the test :meth:`Asker._read_passages` applies when no event
answers); a claim that gives a figure, supported, has against it another source's sentence
stating its act at its time with another figure of the same unit (:meth:`Asker._figures_against`).
Invented events between real states, invented dates."""

from __future__ import annotations

import pytest
from ask_corpus import asker_over

TEXTS = {
    "wire.txt": """title: Border clashes
published: 2031-06-06

On 20 May 2031 Austrian troops attacked a Swiss patrol at Caleta Verde and killed 14 Swiss soldiers.
On 4 June 2031 Austrian troops attacked a Swiss patrol at Rio Seco and killed three Swiss soldiers.
""",
    "weekly.txt": """title: A month on the border
published: 2031-06-02

At Caleta Verde on 20 May 2031 Austrian troops attacked a Swiss patrol and killed 17 Swiss soldiers.
At Rio Seco on 4 June 2031 Austrian troops attacked a Swiss patrol and killed three Swiss soldiers.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("figures61"), TEXTS) as asker:
        yield asker


@pytest.mark.parametrize("question, verdict, values", [
    # the events answer; two sources, two counts of the soldiers killed: both sides
    ("How many Swiss soldiers did Austria kill at Caleta Verde in May 2031?", "disputed", ["14", "17"]),
    # the events answer; two sources, one count: the events' answer stands
    ("How many Swiss soldiers did Austria kill at Rio Seco in June 2031?", "answered", []),
])
def test_how_many_answered_by_events(asker, question, verdict, values):
    answer = asker.ask(question)
    assert answer.verdict == verdict, answer.text
    for value in values:
        assert value in answer.text, answer.text


def test_not_a_how_many_question(asker):
    # the same happening asked for, not counted: no figures weighed
    answer = asker.ask("What did Austria do to Switzerland in May 2031?")
    assert answer.verdict == "answered", answer.text


DEPORTED = {
    "annual.txt": """title: The year in review
published: 2033-01-15

In March 2032 about 4,000 people were deported from Moldova to Kazakhstan within a week.
The government of Moldova protested to Kazakhstan in April 2032.
In May 2032 Moldova expelled three Kazakh diplomats.
""",
    "feature.txt": """title: The trains of March
published: 2033-03-20

The biggest deportation of the decade began in March 2032: nearly 6,000 people were put on trains within six days.
Most of them were farmers and their families.
Moldova expelled three Kazakh diplomats in May 2032.
""",
    "digest.txt": """title: Digest
published: 2033-04-02

About 4,000 people were deported from Moldova in March 2032, the digest recalls.
""",
}


@pytest.fixture(scope="module")
def deported(tmp_path_factory):
    with asker_over(tmp_path_factory.mktemp("deported61"), DEPORTED) as asker:
        yield asker


@pytest.mark.parametrize("claim, verdict, against", [
    # another source writes another count of the people deported at the claim's time, without
    # naming the state: against
    ("About 4,000 people were deported from Moldova in March 2032.", "disputed", "6,000"),
    # a count no source writes otherwise: for only
    ("Moldova expelled three Kazakh diplomats in May 2032.", "supported", None),
    ("Moldova protested to Kazakhstan in April 2032.", "supported", None),
])
def test_figure_against_the_claim(deported, claim, verdict, against):
    answer = deported.check(claim)
    assert answer.verdict == verdict, answer.text
    con = answer.sides[1].citations if answer.sides else []
    assert (against is None and not con) or any(against in c.sentence for c in con), answer.sides
