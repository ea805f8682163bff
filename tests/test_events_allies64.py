"""Allies are not enemies (issues 9 and 12, session 64). A phrase of company names the ones who act
together with the clause's doer (``extract._companions``, rule ``comitative_companions``): "fought
alongside B", "together with B", "along with B", "in concert with B", "B's troops, joined by A's
units, attacked", and for force "fought with B against C" - they are co-doers, and the one attacked
is the recipient. Allies told acting together ("fought side by side", "alongside each other",
"together") get no joint recipient of each other (``_targets.joint_recipient``), and a fight whose
own relative clause names its sides is no fight of the document's pair (``_recall.pair_fight``).
After a passive, or after the object and a comma, the company is the one acted on's. On the
barometer, two allies attacking a third together score no conflict between them. Sentences and the
small corpus are invented (invented wars and dates)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from chronica.events import extract_events

CONTEXT = "Austria and Switzerland have shared a border for centuries. "


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(CONTEXT + text))


def _sides(e, role):
    return {p.state for p in e.participants if p.role == role and p.state}


def _event(events, trigger):
    found = [e for e in events if e.trigger.startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


# a phrase of company: its one is a co-doer, the one acted on the recipient
COMPANY = [
    ("Austria fought alongside Switzerland against Luxembourg in 1932.", "fought",
     {"AUT", "CHE"}, {"LUX"}),
    ("Austria, together with Switzerland, attacked Luxembourg in 1932.", "attacked",
     {"AUT", "CHE"}, {"LUX"}),
    ("Together with Switzerland, Austria attacked Luxembourg in 1932.", "attacked",
     {"AUT", "CHE"}, {"LUX"}),
    ("Austria invaded Luxembourg in concert with Switzerland in 1932.", "invaded",
     {"AUT", "CHE"}, {"LUX"}),
    ("Austria invaded Luxembourg along with Switzerland in 1932.", "invaded",
     {"AUT", "CHE"}, {"LUX"}),
    ("Swiss troops, joined by Austrian units, attacked Luxembourgish posts in 1932.", "attacked",
     {"AUT", "CHE"}, {"LUX"}),
    # force: "with" beside an "against" is the ally's
    ("Austria fought with Switzerland against Luxembourg in 1932.", "fought",
     {"AUT", "CHE"}, {"LUX"}),
    # no third side named: two allies, no recipient of each other
    ("Austrian troops fought alongside Swiss forces in 1932.", "fought", {"AUT", "CHE"}, set()),
]


@pytest.mark.parametrize("text,trigger,doers,recipients", COMPANY)
def test_a_phrase_of_company_names_a_co_doer(run, text, trigger, doers, recipients):
    e = _event(run(text), trigger)
    assert _sides(e, "source") == doers, [(p.role, p.name) for p in e.participants]
    assert _sides(e, "target") == recipients, [(p.role, p.name) for p in e.participants]


# allies told acting together: the subject's members stay doers (no joint recipient)
TOGETHER = [
    ("Austria and Switzerland fought side by side in 1932.", "fought"),
    ("Austria and Switzerland fought together in 1932.", "fought"),
    ("Austria and Switzerland fought alongside each other in 1932.", "fought"),
]


@pytest.mark.parametrize("text,trigger", TOGETHER)
def test_allies_acting_together_get_no_recipient_of_each_other(run, text, trigger):
    e = _event(run(text), trigger)
    assert _sides(e, "source") == {"AUT", "CHE"}, [(p.role, p.name) for p in e.participants]
    assert not _sides(e, "target")
    assert "joint_recipient" not in e.checks and "comitative_companions" in e.checks


# working together is a cooperation between the two: the joint reading stays (not force)
def test_working_together_keeps_the_joint_reading(run):
    e = _event(run("In 2006 Austrian and Swiss scientists worked together on a survey of the glacier."), "worked")
    assert _sides(e, "source") == {"AUT"} and _sides(e, "target") == {"CHE"}, [(p.role, p.name) for p in e.participants]


# the contrast: the two fighting each other keeps PLOVER's two clear sides (session 63)
def test_the_two_fighting_each_other_still_have_a_source_and_a_recipient(run):
    e = _event(run("Austria and Switzerland fought a short war in 1932."), "fought")
    assert _sides(e, "source") == {"AUT"} and _sides(e, "target") == {"CHE"}


# a happening (no interaction) shares no act with the company it is told in
def test_a_happening_takes_no_co_doer(run):
    events = run("The minister said that the alliance with Switzerland had collapsed along with the Austrian "
                 "government in 1932.")
    assert not [e for e in events if e.trigger.startswith("collapsed") and _sides(e, "source")], \
        [(e.type, e.trigger, [(p.role, p.name) for p in e.participants]) for e in events]


# the chronicle compares an allies' fight role by role: it is no fight between the two
def test_an_allies_fight_is_not_told_symmetrically_when_merging(run):
    from chronica.chronicle.merge import parties_as_one_set

    allies = _event(run("Austrian troops fought alongside Swiss forces in 1932."), "fought")
    killing = _event(run("Austrian soldiers killed Swiss civilians in 1932."), "killed")
    war = _event(run("Austria and Switzerland fought a short war in 1932."), "fought")
    assert not parties_as_one_set(allies, killing)
    assert parties_as_one_set(war, killing)  # a fight between the two is told symmetrically


# the company of the one acted on: after a passive, or after the object and a comma
ACTED_ON = [
    ("The United Nations accused Austria, together with Switzerland and Iceland, of arming the rebels in 1932.",
     "accused", {"AUT", "CHE", "ISL"}),
    ("The Austrian envoy was expelled from Luxembourg together with the Swiss envoy in 1932.", "expelled",
     {"AUT", "CHE"}),
]


@pytest.mark.parametrize("text,trigger,recipients", ACTED_ON)
def test_company_of_the_one_acted_on_is_a_co_recipient(run, text, trigger, recipients):
    e = _event(run(text), trigger)
    assert recipients <= _sides(e, "target"), [(p.role, p.name) for p in e.participants]
    assert not (recipients & _sides(e, "source")), [(p.role, p.name) for p in e.participants]


# a fight whose relative clause names who took part is not the document's pair's fight
def test_a_war_whose_clause_names_its_sides_is_not_the_pairs(run):
    events = run("Relations between Austria and Switzerland improved in the 1920s. The war, in which Austria "
                 "backed Switzerland against Luxembourg, broke out in March 1932.")
    support = _event(events, "backed")
    assert _sides(support, "source") == {"AUT"} and _sides(support, "target") == {"CHE"}
    assert not [e for e in events if e.type == "ASSAULT" and _sides(e, "target") == {"CHE"}]
    # the clause hung on the war's place: the same
    events = run("Relations between Austria and Switzerland improved in the 1920s. Since late 1932 the war in "
                 "the valley, in which Austrian troops fought alongside Swiss forces, has emptied the villages.")
    assert not [e for e in events if e.type == "ASSAULT" and _sides(e, "target") & {"AUT", "CHE"}]
    # a clause that names only a place tells where, not who: still the pair's
    events = run("Relations between Austria and Switzerland worsened in the 1920s. The fighting that began in "
                 "Austria at the end of 1931 wrecked the dam in March 1932.")
    fight = _event(events, "fighting")
    assert _sides(fight, "source") | _sides(fight, "target") == {"AUT", "CHE"}
    # nor a place named deeper in the clause, inside another phrase ("over land on the edge of X")
    events = run("Relations between Austria and Switzerland worsened in the 1920s. The fighting that began on "
                 "3 May 1932 over a strip of pasture on the edge of Graz set neighbours against each other for weeks.")
    fight = _event(events, "fighting")
    assert _sides(fight, "source") | _sides(fight, "target") == {"AUT", "CHE"}
    # told with no clause naming anyone, a dated war is still the pair's
    events = run("Relations between Austria and Switzerland worsened in the 1920s. The war broke out in March 1932.")
    war = _event(events, "war")
    assert _sides(war, "source") | _sides(war, "target") == {"AUT", "CHE"}


CORPUS = {
    "alliance.txt": "An alliance in the mountains\n\n"
    "Austria and Switzerland have shared a long border since the nineteenth century. Relations between "
    "Austria and Switzerland warmed after the great war.\n\n"
    "Austria and Switzerland signed a treaty of alliance in Vienna on 4 May 1931.\n\n"
    "Austria, together with Switzerland, attacked Luxembourg on 9 April 1932. Swiss units, joined by "
    "Austrian volunteers, shelled the border posts of Luxembourg on 2 June 1932.\n",
    "memoir.txt": "The forgotten alpine war\n\n"
    "Switzerland and Austria were firm friends between the wars.\n\n"
    "Austrian troops fought alongside Swiss forces against Luxembourg on 9 April 1932. Austria invaded "
    "Luxembourg in concert with Switzerland on 20 July 1932.\n",
}


def test_the_barometer_scores_no_conflict_between_allies_attacking_a_third(tmp_path):
    from chronica.chronicle.stored import load_chronicle
    from chronica.cli import app
    from chronica.store import Store

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "allies.db"
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(folder), "--db", str(db), "--no-vectors", "--quiet"])
    assert built.exit_code == 0, built.output
    with Store(db) as store:
        chronicle = load_chronicle(store, mentions=False)
    attacks = [e for e in chronicle.events if e.type == "ASSAULT"]
    assert attacks and all("LUX" in {p.state for p in e.participants if p.role == "target"} for e in attacks)
    series = chronicle.barometer({"AUT"}, {"CHE"}, "month")
    paired = set(series.event_ids) | set(series.undated_event_ids)
    assert not paired & {e.id for e in attacks}, [(e.id, e.type) for e in chronicle.events if e.id in paired]
    # ... as the command shows it: no period of conflict between the two
    shown = runner.invoke(app, ["barometer", "AUT", "CHE", "--resolution", "month", "--db", str(db)])
    assert "-----|" not in shown.output and " -" not in "".join(
        line.split("│")[3] for line in shown.output.splitlines() if line.count("│") > 4), shown.output
    # Luxembourg, attacked by both, faces each of them
    for ally in ("AUT", "CHE"):
        assert chronicle.barometer({ally}, {"LUX"}, "month").event_ids
