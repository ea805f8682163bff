"""Actor resolution rules, each on hand-written sentences, and the spaCy component."""

from __future__ import annotations

import pytest

from chronica.actors import ActorMention, resolve_mentions
from chronica.actors.resolve import get_matcher


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = None) -> list[ActorMention]:
        return resolve_mentions(nlp(text), date=date, nlp=nlp)
    return _run


def find(mentions: list[ActorMention], text: str, nth: int = 0) -> ActorMention:
    hits = [m for m in mentions if m.text == text]
    assert len(hits) > nth, (text, [(m.text, m.actor_id) for m in mentions])
    return hits[nth]


def test_mention_offsets_match_text(run):
    text = "The delegation from Pyongyang reached Beijing on a Tuesday."
    for m in run(text):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("variant", ["Kim Il Sung", "Kim Il-sung", "Kim Il-Sung"])
def test_spelling_variants_resolve_to_one_person(run, variant):
    m = find(run(f"Reporters waited for hours, but {variant} never came to the meeting."), variant)
    assert m.actor_id == "kim_il_sung" and m.resolved and m.kind == "person"


def test_country_aliases_in_text(run):
    ms = run("Officials in the DPRK accused the U.S. and the ROK of planning joint drills.")
    assert find(ms, "DPRK").actor_id == "PRK"
    assert find(ms, "U.S.").actor_id == "USA"
    assert find(ms, "ROK").actor_id == "KOR"


def test_lowercase_us_is_not_a_country(run):
    ms = run("Let us look at the numbers before the vote.")
    assert not [m for m in ms if m.actor_id == "USA"]


def test_demonym_becomes_state(run):
    ms = run("A North Korean delegation and Soviet advisers toured the new steel plant.")
    assert find(ms, "North Korean").actor_id == "PRK"
    assert find(ms, "North Korean").via == "demonym"
    assert find(ms, "Soviet").actor_id == "SUN"


def test_state_plus_agent_noun_becomes_its_armed_force(run):
    ms = run("Soviet forces crossed the river while the Red Army held the bridge.")
    forces = find(ms, "Soviet forces")
    assert forces.actor_id == "SUN/military" and forces.kind == "armed_force" and forces.country == "SUN"
    army = find(ms, "Red Army")
    assert army.actor_id == "SUN-ARMY" and army.country == "SUN"


def test_state_plus_government_noun(run):
    ms = run("The Chinese government rejected the claim, and Russia's military stayed silent.")
    assert find(ms, "Chinese government").actor_id == "CHN/government"
    assert find(ms, "Russia's military").actor_id == "RUS/military"


@pytest.mark.parametrize("date,expected", [("1960-03-01", "SUN"), ("2020-03-01", "RUS")])
def test_capital_metonym_by_date(run, date, expected):
    m = find(run("Moscow protested loudly against the new tariffs.", date), "Moscow")
    assert m.kind == "government_seat" and m.via == "seat"
    assert m.country == expected


def test_government_building_metonym(run):
    m = find(run("The Kremlin denied the report on Monday.", "1985-06-01"), "Kremlin")
    assert m.via == "seat"
    assert m.country == "SUN"


def test_leader_acts_for_state_only_during_term(run):
    ms = run("Vladimir Putin flew to the summit.", "2010-06-01")
    putin = find(ms, "Vladimir Putin")
    assert putin.country == "RUS" and putin.role == "Prime Minister of Russia"
    gorby = find(run("Mikhail Gorbachev gave a lecture in Texas.", "1995-04-01"), "Mikhail Gorbachev")
    assert gorby.actor_id == "mikhail_gorbachev" and gorby.country is None and gorby.role is None


def test_surname_after_full_name(run):
    ms = run("Kim Jong Un inspected a missile base. Later that week Kim visited a farm.")
    kim = find(ms, "Kim")
    assert kim.actor_id == "kim_jong_un" and kim.via == "surname" and kim.resolved


def test_surname_of_unknown_person_carries_the_name(run):
    ms = run("Maria Okafor runs the port authority. Okafor said ships were delayed.")
    m = find(ms, "Okafor")
    assert m.resolved is False and m.name == "Maria Okafor" and m.via == "surname"


def test_ambiguous_surname_stays_unresolved(run):
    ms = run("Kim Il-sung met Kim Jong-il at the palace. Kim spoke first.")
    kim = find(ms, "Kim")
    assert kim.actor_id is None and not kim.resolved


def test_ambiguous_surname_prefers_the_only_recent_one(run):
    text = ("Kim Il-sung founded the state. The harvest failed that year. Rations were cut. "
            "Factories closed. Kim Jong Un visited a school in the capital. Kim praised the pupils.")
    kim = [m for m in run(text) if m.text == "Kim"][-1]
    assert kim.actor_id == "kim_jong_un"


def test_title_before_name_gives_role_and_country(run):
    ms = run("Russian President Vladimir Putin arrived in Hanoi on Wednesday.", "2024-06-20")
    putin = find(ms, "Vladimir Putin")
    assert putin.actor_id == "vladimir_putin" and putin.role == "President of Russia"


def test_title_gives_role_to_person_not_in_kb(run):
    ms = run("Canadian Trade Minister Jane Roe signed the deal.")
    roe = find(ms, "Jane Roe")
    assert not roe.resolved and roe.kind == "person"
    assert roe.role == "Trade Minister of Canada" and roe.country == "CAN" and roe.via == "title"


def test_apposition_gives_role(run):
    ms = run("Jane Roe, Canada's trade minister, signed the deal in Ottawa.")
    roe = find(ms, "Jane Roe")
    assert roe.role == "Trade Minister of Canada" and roe.country == "CAN" and roe.via == "apposition"


def test_apposition_with_of_country(run):
    ms = run("John Doe, the foreign minister of Chile, left early.")
    doe = find(ms, "John Doe")
    assert doe.role == "Foreign Minister of Chile" and doe.country == "CHL"


def test_title_without_name(run):
    ms = run("The North Korean foreign minister rejected the offer.")
    m = find(ms, "The North Korean foreign minister")
    assert m.kind == "person" and m.role == "Foreign Minister of North Korea" and m.country == "PRK"
    assert not m.resolved


def test_title_without_name_resolved_by_date(run):
    ms = run("The Russian president rejected the offer.", "2021-05-01")
    m = find(ms, "The Russian president")
    assert m.actor_id == "vladimir_putin" and m.via == "title"


def test_honorific_is_not_part_of_the_name(run):
    ms = run("Mr Blair told MPs he would stay. Mrs Thatcher had said the same.")
    assert find(ms, "Blair").actor_id == "tony_blair"
    assert find(ms, "Thatcher").actor_id == "margaret_thatcher"


@pytest.mark.parametrize("text,alias,expected", [
    ("The U.N. Security Council met in New York.", "U.N. Security Council", "UNSC"),
    ("NATO and the Warsaw Pact faced each other for decades.", "Warsaw Pact", "WPACT"),
    ("The IAEA sent inspectors to the reactor.", "IAEA", "IAEA"),
    ("The Organisation of African Unity was founded in Addis Ababa.", "Organisation of African Unity", "OAU"),
])
def test_organisation_aliases(run, text, alias, expected):
    m = find(run(text), alias)
    assert m.actor_id == expected and m.country is None


def test_historical_state_and_successor(run, nlp):
    from chronica.actors.kb import load_kb
    ms = run("East Germany and the Soviet Union signed a treaty.")
    ddr = find(ms, "East Germany")
    assert ddr.actor_id == "DDR" and ddr.kind == "historical_state"
    assert load_kb().successor(ddr.actor_id) == "DEU"
    burma = find(run("Burma held elections.", "2015-11-08"), "Burma")
    assert burma.actor_id == "BUR" and burma.country == "MMR"


def test_unresolved_named_entities_are_kept(run):
    ms = run("Zorblat Industries hired Anna Petrova to run its office in Springfield.")
    assert ms and all(not m.resolved for m in ms)
    assert any(m.kind == "person" for m in ms)


def test_pronoun_for_previous_subject(run):
    ms = run("Kim Il-sung ordered the attack. He expected a quick victory.")
    he = find(ms, "He")
    assert he.actor_id == "kim_il_sung" and he.via == "pronoun"


def test_pronoun_left_alone_when_two_people(run):
    ms = run("Stalin met Mao in Moscow. He wanted a treaty.")
    assert not [m for m in ms if m.text == "He"]


def test_component_in_pipeline():
    from chronica.nlp import load_pipeline

    nlp = load_pipeline(("chronica_actors",))
    assert "chronica_actors" in nlp.pipe_names
    doc = nlp.make_doc("Moscow sent the Red Army to help Kim Il-sung.")
    doc.user_data["date"] = "1950-07-01"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    by_text = {m.text: m for m in doc._.actors}
    assert by_text["Moscow"].country == "SUN"
    assert by_text["Red Army"].actor_id == "SUN-ARMY"
    assert by_text["Kim Il-sung"].role == "Premier of North Korea"
    docs = list(nlp.pipe(["Seoul and Tokyo agreed.", "Nothing here."]))
    assert [m.actor_id for m in docs[0]._.actors] == ["seat:seoul", "seat:tokyo"]
    assert docs[1]._.actors == []


def test_matcher_is_built_once(nlp):
    assert get_matcher(nlp) is get_matcher(nlp)


def test_short_alias_known_to_kb_resolves_without_full_name(run):
    ms = run("FDR and Lula never met.")
    assert find(ms, "FDR").actor_id == "franklin_roosevelt"
    assert find(ms, "Lula").actor_id == "lula"


def test_short_alias_with_a_rival_in_the_document_stays_unresolved(run):
    ms = run("Tony Blair and Cherie Blair arrived together. Blair waved.")
    assert find(ms, "Blair").actor_id is None


def test_component_reads_the_document_creation_time(nlp):
    from spacy.tokens import Doc

    from chronica.actors.component import doc_date

    if not Doc.has_extension("dct"):
        Doc.set_extension("dct", default=None)
    doc = nlp.make_doc("Moscow agreed.")
    doc._.dct = "1975-03-01"
    assert doc_date(doc) == "1975-03-01"
    assert doc_date(doc, "2001-01-01") == "2001-01-01"


def test_possessive_is_trimmed_from_an_entity(run):
    m = find(run("Critics welcomed David Jones's resignation."), "David Jones")
    assert m.name == "David Jones"


def test_russia_in_a_soviet_era_document_is_the_soviet_union(run):
    m = find(run("Russia sent advisers to Cuba.", date="1962-10-01"), "Russia")
    assert m.actor_id == "SUN" and m.name == "Soviet Union"
    assert find(run("Russia sent advisers to Syria.", date="2015-10-01"), "Russia").actor_id == "RUS"


def test_knight_called_by_title_and_given_name(run):
    ms = run("Sir Anthony Eden called an election. A week later Sir Anthony said he was tired.")
    m = find(ms, "Anthony")
    assert m.actor_id == "anthony_eden" and m.resolved


def test_given_name_without_a_title_is_no_short_form(run):
    ms = run("Sir Anthony Eden called an election. A week later Anthony said he was tired.")
    m = find(ms, "Anthony")
    assert m.actor_id is None
