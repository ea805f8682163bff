"""The Phoenix (PETRARCH2) actor dictionaries: the conversion script on small files of our own,
the packaged data against a fresh conversion of ``../shared``, and the merge into the KB."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from chronica.actors.kb import CameoCode, display_name, load_kb

ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "chronica" / "actors" / "data" / "phoenix"


@pytest.fixture(scope="module")
def convert():
    spec = importlib.util.spec_from_file_location("convert_phoenix_actors", ROOT / "scripts" / "convert_phoenix_actors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# ---------------------------------------------------------------- the format
@pytest.mark.parametrize("text, iso", [
    ("790504", "1979-05-04"),      # two digits, 19xx
    ("070723", "2007-07-23"),      # two digits below the pivot, 20xx
    ("19300415", "1930-04-15"),    # eight digits as written
    ("2004017", None),             # seven digits: no date (upstream typo)
    ("791345", None),              # no such month
])
def test_convert_parse_date(convert, text, iso):
    assert convert.parse_date(text) == iso


@pytest.mark.parametrize("code, restriction, expected", [
    ("GBRGOV", "790504-901128", ("GBRGOV", "1979-05-04", "1990-11-28")),
    ("AFGGOV", ">100201", ("AFGGOV", "2010-02-01", None)),
    ("YUGBIH", "<920305", ("YUGBIH", None, "1992-03-05")),
    ("AFG", None, ("AFG", None, None)),
    ("PRKELI", "940101-900101", ("PRKELI", "1994-01-01", None)),  # reversed: kept from its start
])
def test_convert_parse_code(convert, code, restriction, expected):
    assert convert.parse_code(code, restriction) == expected


@pytest.mark.parametrize("raw, words", [
    ("KIM_IL_SUNG_", "KIM IL SUNG"),
    ("GEORGIA_(COUNTRY)_", "GEORGIA"),
    ("+UN_SEC._GEN", "UN SEC. GEN"),
    ("COTE_D\ufffdIVOIRE_", None),        # a letter lost before us: the name is dropped
    ("P\u00c3\u0161BLICAS", "P\u00daBLICAS"),  # mojibake repaired
])
def test_convert_phrase(convert, raw, words):
    assert convert.phrase(raw) == words


def test_convert_actor_file_records(convert, tmp_path):
    path = tmp_path / "x.actors.txt"
    path.write_bytes("\n".join([
        "# a comment",
        "RURITANIA_  [RUR]",
        "+RURITANIAN_",
        "+STREHLAU_",
        "+REPUBLIC_OF_RURITANIA_",
        "",
        "RUDOLF_RASSENDYLL_  # CountryInfo.txt",
        "+RUDOLF_THE_FIFTH_",
        "\t[RURELI 19010101-940101]",
        "\t[RURGOV 940102-990630]",
        "RURITANIAN_ROYAL_GUARD",
        "\t[RURMIL]",
        # a single-byte letter, as upstream writes some names
    ]).encode("utf-8") + b"\n+FLAVIA_M\xdcLLER_\n\t[RURELI]\n")
    entries = convert.read_actor_file(path)
    assert [e.name for e in entries] == ["RURITANIA", "RUDOLF RASSENDYLL", "RURITANIAN ROYAL GUARD"]
    assert entries[1].codes == [("RURELI", "1901-01-01", "1994-01-01"), ("RURGOV", "1994-01-02", "1999-06-30")]
    assert "FLAVIA M\u00dcLLER" in entries[2].aliases  # read as Windows-1252
    assert convert.STATS.utf8_failures >= 1


def test_convert_states_keep_names_not_places(convert):
    e = convert.Entry("RURITANIA", ["RURITANIAN", "STREHLAU", "REPUBLIC OF RURITANIA", "RURITANIA CITY"],
                      [("AFG", None, None)])
    out = convert.convert_countries([e], frozenset({"ARMY"}))
    assert out["states"][0]["aliases"] == ["RURITANIA", "RURITANIAN", "REPUBLIC OF RURITANIA"]


def test_convert_agents_plurals_and_sets(convert, tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text("\n".join([
        "!PERSON! = MAN, MEN",
        "POLICE {} [~COP]",
        "BORDER_GUARD [~MIL] # ab 2005",
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
        "REBEL_ARMY [~REB]",
        "SECURITY [~MIL]",
        "CONGRESS!PERSON! [~LEG]",
        "HUMAN_RIGHTS_BODY  [NGO~]",
    ]), encoding="utf-8")
    got = dict(convert.read_agents(path))
    assert got["police"] == "~COP" and "polices" not in got
    assert got["border guards"] == "~MIL" and got["border guard"] == "~MIL"
    assert got["attorneys general"] == "~GOVATG"
    assert got["rebel armies"] == "~REB" and got["securities"] == "~MIL"
    assert got["congressman"] == got["congressmen"] == "~LEG" and "congressmans" not in got
    assert got["human rights body"] == "NGO~"


@pytest.mark.parametrize("raw, shown", [
    ("KIM IL SUNG", "Kim Il Sung"), ("BAN KI-MOON", "Ban Ki-Moon"), ("UNHCR", "UNHCR"),
    ("U.N.", "U.N."), ("Pussy Riot", "Pussy Riot"),
])
def test_kb_display_name(raw, shown):
    assert display_name(raw) == shown


def test_packaged_data_is_the_conversion_of_shared(convert, shared, tmp_path):
    src = shared / "dictionaries" / "petrarch2"
    if not (src / "Phoenix.Countries.actors.txt").is_file():
        pytest.skip("no Phoenix dictionaries in ../shared")
    assert convert.main(["convert", str(src), str(tmp_path)]) == 0
    for name in ("countries.json", "international.json", "nonstate.json", "agents.tsv", "LICENSE"):
        assert (tmp_path / name).read_bytes() == (PACKAGED / name).read_bytes(), name
    assert "MIT" in (PACKAGED / "LICENSE").read_text()


# ---------------------------------------------------------------- the merge into the KB
@pytest.mark.parametrize("state, cameo", [("AFG", "AFG"), ("SUN", "USR"), ("TLS", "TMP"), ("GBR", "GBR")])
def test_kb_states_carry_cameo_codes(kb, state, cameo):
    assert kb.actors[state].cameo == cameo


@pytest.mark.parametrize("name, date, state, code", [
    ("Margaret Thatcher", "1985-06-01", "GBR", "GBRGOV"),    # a KB person: KB term, Phoenix code
    ("Margaret Thatcher", "1995-06-01", None, "GBRELI"),     # out of office: elite, acts for no one
    ("Nur Mohammad Taraki", "1978-06-01", "AFG", "AFGGOV"),  # only Phoenix knows him
    ("Nur Mohammad Taraki", "1960-06-01", None, "AFGELI"),
    ("Hafizullah Amin", "1979-10-01", "AFG", "AFGGOV"),
])
def test_kb_phoenix_people_get_country_and_code_for_the_date(kb, name, date, state, code):
    found = kb.lookup(name)
    assert len(found) == 1, found
    assert kb.state_for(found[0].id, date) == state
    assert kb.cameo_of(found[0].id, date) == code


def test_kb_keeps_its_own_ids_and_names(kb):
    assert [a.id for a in kb.lookup("Margaret Thatcher")] == ["margaret_thatcher"]
    assert [a.id for a in kb.lookup("UN")] == ["UN"] and kb.actors["UN"].cameo == "IGOUNO"
    assert [a.id for a in kb.lookup("Afghanestan")] == ["AFG"]  # a Phoenix spelling, the KB's id
    assert kb.lookup("Nur Mohammad Taraki")[0].id.startswith("phx:")
    # the people Phoenix adds hold no offices: who led a country is still the KB's answer
    assert {a.name for a, _ in kb.leaders_of("PRK", "1990")} == {"Kim Il-sung"}


def test_kb_phoenix_role_for_the_date(kb):
    taraki = kb.lookup("Nur Mohammad Taraki")[0].id
    assert kb.role_at(taraki, "1978-06-01") == "Afghanistan government"
    assert kb.role_at("margaret_thatcher", "1985-06-01") == "Prime Minister of United Kingdom"


@pytest.mark.parametrize("phrase, code", [
    ("police", "~COP"), ("border guards", "~MIL"), ("exiles", "~OPP"), ("demonstrators", "~OPP"),
    ("rebels", "~REB"), ("diplomats", "~GOV"), ("troops", "~MIL"), ("prisoners", "~CVL"),
    ("delegations", "~GOV"), ("tanks", "~MIL"),
])
def test_kb_agent_nouns(kb, phrase, code):
    assert kb.agent_nouns[phrase] == code


def test_kb_cameo_code_dates(kb):
    code = CameoCode("GBRGOV", "1979-05-04", "1990-11-28")
    assert code.covers("1979-05-04") and code.covers("1990-11-28") and not code.covers("1990-11-29")
    assert CameoCode("GBRELI").covers("1950")


def test_kb_extra_agents_have_three_examples():
    lines = (ROOT / "chronica" / "actors" / "data" / "agents_extra.tsv").read_text().splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]
    for phrase, _code, examples in rows:
        assert len(examples.split(" | ")) >= 3, phrase


def test_kb_collectives_have_three_examples():
    lines = (ROOT / "chronica" / "actors" / "data" / "collectives.tsv").read_text().splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]
    for noun, _of, examples in rows:
        assert len(examples.split(" | ")) >= 3 and all(noun in e.lower() for e in examples.split(" | ")), noun


def test_phoenix_json_is_valid():
    for name in ("countries.json", "international.json", "nonstate.json"):
        data = json.loads((PACKAGED / name).read_text(encoding="utf-8"))
        assert data["_source"].startswith("Phoenix dictionaries")


@pytest.mark.parametrize("name, code", [
    ("Houthis", "YEMREB"),      # the KB's own code: Phoenix's "Ansar Allah" is a Lebanese namesake
    ("Ansar Allah", "YEMREB"),
    ("Hezbollah", "LBNREB"),    # no own code: Phoenix's
    ("Hamas", "PSEREBHMS"),
])
def test_kb_own_group_codes_win_over_phoenix_namesakes(kb, name, code):
    found = kb.lookup(name)
    assert len(found) == 1, found
    assert kb.cameo_of(found[0].id) == code
    assert kb.state_for(found[0].id, "2015-01-01") is None  # a group acts for no state
