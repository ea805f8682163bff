"""Named happenings ("the Korean War", "the Suez Crisis") carry the events reported of them."""

from __future__ import annotations

import pytest

from chronica.events._happenings import happening_mentions


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("On 3 May 1921 the Borduria War broke out.", ["Borduria War"]),
        ("Prices rose after the outbreak of the Gulf War in 1991.", ["Gulf War"]),
        ("World War II ended in 1945.", ["World War II"]),
        ("The First World War broke out in 1914.", ["First World War"]),
        ("The war lasted three years.", []),  # not a name
        ("A crisis of confidence hit the markets.", []),
    ],
)
def test_named_happenings_are_found(nlp, sentence, names):
    assert [m.text for m in happening_mentions(nlp(sentence))] == names


def _events(pipeline, text, dct="2000-01-01"):
    doc = pipeline.make_doc(text)
    doc._.dct = dct
    return pipeline(doc)._.events


def test_a_war_breaking_out_is_a_dated_fight_with_no_actor(pipeline):
    [event] = _events(pipeline, "On June 12, 1931, the Borduria War broke out.")
    assert event.form == "FIGHT" and event.date == "1931-06-12"
    assert [(p.text, p.kind, p.actor_id, p.state) for p in event.participants] == [
        ("Borduria War", "event", None, None)]
    assert event.summary == "Borduria War breaks out"


def test_the_outbreak_of_a_named_war_is_a_fight(pipeline):
    events = _events(pipeline, "Everything changed after the outbreak of the Borduria War in June 1931.")
    assert [(e.form, e.date) for e in events] == [("FIGHT", "1931-06")]


def test_a_named_war_beside_real_actors_is_no_actor_of_theirs(pipeline):
    events = _events(pipeline, "In 1971 India invaded Pakistan, starting the Borduria War.")
    invasion = next(e for e in events if e.form == "INVADE")
    assert {p.actor_id for p in invasion.participants if p.role == "target"} == {"PAK"}
    for e in events:
        for p in e.participants:
            assert p.kind != "event" or p.role == "other"
