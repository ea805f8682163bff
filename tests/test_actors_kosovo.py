"""Kosovo in the knowledge base (session 35, recall35).

pycountry has no Kosovo (XK is a user-assigned ISO code), so the KB built its states from pycountry
had none, and the Phoenix converter's KSV -> XKX found no state to give its code and names to:
"Kosovo" (87 mentions in the srbkos dev texts), "Pristina" and "Kosovar" stayed unresolved places,
and an act of Kosovo's ("Kosovo imposed a tariff", "Pristina postponed the rules") named no actor.
``countries.tsv`` now carries a row under XKX (its names, demonyms and seat), which
``KnowledgeBase._load_countries`` loads as a state beside pycountry's. Sentences written for these
tests (names of the srbkos texts' kind, wording my own).
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions
from chronica.actors.kb import load_kb
from chronica.events import extract_events


@pytest.mark.parametrize("name, actor_id", [
    ("Kosovo", "XKX"), ("Republic of Kosovo", "XKX"), ("Kosovar", "XKX"), ("Kosovars", "XKX"),
    ("Pristina", "seat:pristina"), ("Prishtina", "seat:prishtina"),
])
def test_kosovo_names(name, actor_id):
    hits = load_kb().lookup(name)
    assert [a.id for a in hits] == [actor_id]


def test_kosovo_is_a_state_with_its_cameo_code():
    actor = load_kb().get("XKX")
    assert actor.kind == "state" and actor.cameo == "KSV"
    assert load_kb().lookup("Pristina")[0].seat_of == ("XKX",)


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


@pytest.mark.parametrize("text, source", [
    ("Kosovo police arrested a Serbian official in Mitrovica in March 2018.", "XKX"),
    ("The government in Pristina banned Serbian licence plates in September 2021.", "XKX"),
    ("Kosovo and Serbia signed an agreement on freedom of movement in 2011.", "XKX"),
])
def test_acts_of_kosovo_name_it(run, text, source):
    evs = run(text)
    assert any(source in {p.state or p.actor_id for p in e.participants if p.role == "source"} for e in evs), \
        [(e.type, e.summary) for e in evs]


def test_kosovar_people(nlp):
    ms = resolve_mentions(nlp("Kosovar police took over the two border crossings in July."), date="2011-07-25", nlp=nlp)
    assert any(m.text == "police" and m.actor_ids == ("XKX",) for m in ms), [(m.text, m.actor_ids) for m in ms]
