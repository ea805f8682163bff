"""An exported event's credence (chronica.chronicle.credence): the share of events of its tier and
support that a strict reader judged right in the dev sample of data/credence.tsv, smoothed; stored
and exported with every event, and ``--min-credence`` leaves the events below it out of the json
export while the store keeps them."""

from __future__ import annotations

import json
import shutil

import pytest

from chronica.chronicle import event_json
from chronica.chronicle.credence import credence, credence_table
from chronica.chronicle.model import ChronicleEvent
from chronica.chronicle.tier import CODED, HAPPENING, TIERS, UNCLEAR
from chronica.events.model import EventMention, Participant


def event(type_="ASSAULT", date="1921-05-03", source="RUR", documents=1):
    parts = [Participant(role="target", text="Freedonia", actor_id="FRE", name="Freedonia", kind="state")]
    if source:
        parts.insert(0, Participant(role="source", text="Ruritania", actor_id=source, name="Ruritania", kind="state",
                                    state=source))
    mentions = [EventMention(document_id=d + 1, sentence_idx=0, sentence="s", sentence_start=0, sentence_end=1,
                             type=type_, intensity=-10.0, trigger="attacked", trigger_start=0, trigger_end=1)
                for d in range(documents)]
    return ChronicleEvent(id="e1", type=type_, date=date, date_end=None, precision="day", earliest=None, latest=None,
                          participants=parts, summary="", intensity=-10.0, modality="asserted", confidence=1.0,
                          mentions=mentions)


def test_every_tier_and_support_has_a_credence():
    table = credence_table()
    assert {(t, n) for t in TIERS for n in (1, 2)} == set(table)
    assert all(0 < v < 1 for v in table.values())
    # the judged order: an unclear event below any other; a second source raises a tier's credence
    assert max(table[(UNCLEAR, n)] for n in (1, 2)) < min(table[(t, n)] for t in (CODED, HAPPENING) for n in (1, 2))
    assert all(table[(t, 2)] > table[(t, 1)] for t in TIERS)


@pytest.mark.parametrize("made, tier_, sources", [
    (event(), CODED, 1),                                  # "Ruritania attacked Freedonia on 3 May 1921"
    (event(documents=3), CODED, 2),                       # the same, told by three articles
    (event(date=None), UNCLEAR, 1),                       # undated: "during the war Ruritania attacked ..."
    (event(source=None), UNCLEAR, 1),                     # no doer: "Freedonia was attacked in May 1921"
    (event(type_="DIE", documents=2), HAPPENING, 2),      # a chronicle happening two articles tell
])
def test_credence_follows_tier_and_support(made, tier_, sources):
    assert credence(made) == credence_table()[(tier_, sources)]
    record = event_json(made)
    assert record["tier"] == tier_ and record["credence"] == credence(made)


def test_min_credence_leaves_low_events_out_of_the_json_export_only(suez_db, tmp_path):
    from chronica.export import export
    from chronica.store import Store

    db = tmp_path / "suez.db"
    shutil.copy(suez_db, db)  # the export fills the store's records: not the shared store
    with Store(db, create=False) as store:
        whole = json.loads(export(store, "json"))
        threshold = min(credence_table()[(UNCLEAR, 1)], credence_table()[(UNCLEAR, 2)]) + 0.01
        kept = json.loads(export(store, "json", min_credence=threshold))
        again = json.loads(export(store, "json"))
        with pytest.raises(ValueError):
            export(store, "csv", min_credence=threshold)
    assert all("credence" in e for e in whole["events"])
    expected = [e["id"] for e in whole["events"] if e["credence"] >= threshold]
    assert [e["id"] for e in kept["events"]] == expected
    assert kept["documents"] == whole["documents"] and kept["disagreements"] == whole["disagreements"]
    assert again == whole  # the store keeps every event


def test_the_cli_takes_min_credence_for_json_only(suez_db, tmp_path):
    from typer.testing import CliRunner

    from chronica.cli import app

    db = tmp_path / "suez.db"
    shutil.copy(suez_db, db)
    runner = CliRunner()
    out = tmp_path / "kept.json"
    result = runner.invoke(app, ["export", "--format", "json", "--min-credence", "0.3", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert all(e["credence"] >= 0.3 for e in json.loads(out.read_text())["events"])
    result = runner.invoke(app, ["export", "--format", "csv", "--min-credence", "0.3", "--db", str(db)])
    assert result.exit_code != 0
