"""Helpers the event test tables share: what a sentence's events are, shown for a failure, and
the states that fill a role."""

from __future__ import annotations


def events_of(pipeline, text, dct="2021-06-01"):  # noqa: ANN001, ANN201 - a spaCy pipeline, events
    """The events ``pipeline`` finds in ``text`` written on ``dct``."""
    doc = pipeline.make_doc(text)
    doc._.dct = dct
    return pipeline(doc)._.events


def show(events):  # noqa: ANN001, ANN201
    """Type, form, trigger and participants of each event, for an assertion's message."""
    return [(e.type, e.form, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants]) for e in events]


def show_coding(events):  # noqa: ANN001, ANN201
    """Type, mode, CAMEO code, trigger and participants of each event, for a coding table's message."""
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


def by_trigger(full, text, trigger):  # noqa: ANN001, ANN201 - a pipeline, events
    """The events of ``text`` whose trigger starts with ``trigger``, and all its events."""
    from chronica.events.extract import extract_events

    events = extract_events(full(text))
    return [e for e in events if e.trigger.startswith(trigger)], events


def states(event, role):  # noqa: ANN001, ANN201
    """The states (else actor ids) that fill ``role`` in ``event``."""
    return {p.state or p.actor_id for p in event.actors(role)}


def doer_states(event):  # noqa: ANN001, ANN201
    """The states (else actor ids) of ``event``'s doers; of a joint act, both parties (the first
    written is its source, the others its recipients: ``chronica.events._targets.joint_recipient``)."""
    return states(event, "source") | (states(event, "target") if "joint_recipient" in event.checks else set())


def assert_coded(full, text, trigger, etype, doers, target, date):  # noqa: ANN001, ANN201 - a pipeline, a case row
    """The first event of ``trigger`` in ``text`` has the type, the doers' states (a subset), the
    target's state (when one is given) and a date starting with ``date``."""
    from chronica.events import extract_events
    from chronica.events.model import SOURCE, TARGET

    found = extract_events(full(text))
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    event = events[0]
    assert event.type == etype, show(events)
    assert doers <= doer_states(event), show(events)
    assert target is None or target in states(event, TARGET), show(events)
    assert (event.date or "").startswith(date), (event.date, show(events))


def extracted(pipeline, text):  # noqa: ANN001, ANN201 - a spaCy pipeline (time and actors), events
    """What ``extract_events`` finds in ``text`` prepared with no document date and run through
    ``pipeline`` (the time and actor stages, as a build runs them before extraction)."""
    from chronica.events import extract_events
    from chronica.stages import prepare

    return extract_events(pipeline(prepare(pipeline, text, None)))
