"""Convert the Phoenix (PETRARCH2) actor and agent dictionaries into Chronica's packaged data.

Usage::

    python scripts/convert_phoenix_actors.py [SOURCE_DIR] [OUT_DIR]

``SOURCE_DIR`` defaults to ``../shared/dictionaries/petrarch2`` beside the repository, ``OUT_DIR``
to ``chronica/actors/data/phoenix``. Reads:

- ``Phoenix.Countries.actors.txt``: states (primary phrase coded with a bare country code,
  ``AFGHANISTAN_ [AFG]``), their national institutions (``PEOPLES_LIBERATION_ARMY`` with
  ``[CHNMIL]``) and people (``MARGARET_THATCHER_`` with dated codes ``[GBRGOV 790504-901128]``);
- ``Phoenix.International.actors.txt``: international organisations and their officials
  (``IGO...`` codes);
- ``Phoenix.MilNonState.actors.txt``: armed non-state groups;
- ``Phoenix.agents.txt``: generic agent nouns with their sector code (``POLICE [~COP]``).

Writes ``countries.json``, ``international.json``, ``nonstate.json`` (records: ``name``, ``aliases``,
``codes`` as ``[code, start, end]`` with ISO dates or null) and ``agents.tsv`` (phrase, code), plus
the MIT licence. The dictionary format is the one documented in the PETRARCH2 repository
(``docs/source/dictionaries.rst``): a primary phrase with an optional default code, ``+`` synonym
lines, tab-indented ``[CODE restriction]`` lines (``<date``, ``>date``, ``date-date``; dates YYMMDD
or YYYYMMDD), ``#`` / ``;`` comments, and in the agents file ``{plural}`` and ``!SET!`` substitutions.

Decoding. The upstream ``Phoenix.Countries.actors.txt`` is not valid UTF-8 throughout: a few
letters were written as single bytes. Each line is decoded as UTF-8 and, when that fails, as
Windows-1252 (the single-byte encoding those letters come from). A line that decodes but carries
the replacement character U+FFFD (the copy in ``../shared`` has three: a letter already lost before
us) keeps no alias with that character. Mojibake (UTF-8 read as Windows-1252, "PÃšBLICAS") is
repaired when re-encoding gives valid UTF-8. The counts are printed and written into SOURCE.md.

Two-digit years: ``YY`` below :data:`PIVOT` is 20YY, otherwise 19YY (the dictionaries were
compiled in 2014 and use eight digits for older dates, "19300415").
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this repository's chronica, for its name rules

#: two-digit years below this are in the 2000s (the files date from 2014; nothing is coded past 2029)
PIVOT = 30
#: CAMEO country codes that differ from the ids of Chronica's knowledge base (ISO 3166 alpha-3,
#: or the historical-state ids of ``historical_states.json``)
CAMEO_TO_KB = {"USR": "SUN", "TMP": "TLS", "SRP": "SRB", "FRY": "YUG", "KSV": "XKX"}
#: words that make an alias of a state's entry a name of the state itself rather than a place in it
STATE_WORDS = frozenset("""REPUBLIC KINGDOM STATE STATES EMIRATE EMIRATES FEDERATION UNION COMMONWEALTH
    SULTANATE PRINCIPALITY DEMOCRATIC PEOPLE'S PEOPLES ISLAMIC CONFEDERATION DUCHY""".split())

_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


@dataclass
class Entry:
    """One record of an actor dictionary: its names, the codes it carries, the comment seen."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    comment: str = ""


@dataclass
class Stats:
    utf8_failures: int = 0
    replacement_dropped: int = 0
    mojibake_repaired: int = 0
    bad_dates: int = 0


STATS = Stats()


def decode_lines(path: Path) -> list[str]:
    """The lines of ``path``, decoded as the module docstring says."""
    out = []
    for raw in path.read_bytes().split(b"\n"):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            STATS.utf8_failures += 1
            line = raw.decode("cp1252", errors="replace")
        out.append(line.rstrip("\r"))
    return out


def repair(text: str) -> str | None:
    """``text`` with mojibake repaired; None when it holds a letter lost before us (U+FFFD)."""
    if "\ufffd" in text:
        STATS.replacement_dropped += 1
        return None
    if re.search("[ÃÂ][\u0080-\u00ff\u0152-\u0178\u02c6-\u2122]", text):
        try:
            fixed = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
        STATS.mojibake_repaired += 1
        return fixed
    return text


def phrase(raw: str) -> str | None:
    """A dictionary phrase as words: "KIM_IL_SUNG_" -> "KIM IL SUNG"."""
    text = repair(raw.strip())
    if text is None:
        return None
    text = re.sub(r"\(.*?\)", " ", text)  # "GEORGIA_(COUNTRY)_": a disambiguation note
    text = re.sub(r"[_\s]+", " ", text).strip(" +,")
    return text or None


def parse_date(text: str) -> str | None:
    """``YYMMDD`` or ``YYYYMMDD`` as an ISO date; None when it is no date."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 2000 + yy if yy < PIVOT else 1900 + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        STATS.bad_dates += 1
        return None
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        STATS.bad_dates += 1
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def parse_code(code: str, restriction: str | None) -> tuple[str, str | None, str | None] | None:
    """One ``[CODE restriction]`` as (code, start, end)."""
    restriction = (restriction or "").strip()
    if not restriction:
        return code, None, None
    if restriction.startswith(">"):
        return code, parse_date(restriction[1:]), None
    if restriction.startswith("<"):
        return code, None, parse_date(restriction[1:])
    if "-" in restriction:
        a, _, b = restriction.partition("-")
        start, end = parse_date(a), parse_date(b)
        if start and end and start > end:
            STATS.bad_dates += 1
            return code, start, None
        return code, start, end
    return None


def strip_comment(line: str) -> tuple[str, str]:
    for mark in ("#", ";"):
        if mark in line:
            head, _, tail = line.partition(mark)
            return head, tail.strip()
    return line, ""


def read_actor_file(path: Path) -> list[Entry]:
    """The records of an actor dictionary, in file order."""
    entries: list[Entry] = []
    cur: Entry | None = None
    for line in decode_lines(path):
        if not line.strip() or line.lstrip().startswith(("#", "<!--")):
            continue
        body, comment = strip_comment(line)
        codes = [c for c in (parse_code(m.group(1), m.group(2)) for m in _CODE.finditer(body)) if c]
        text = _CODE.sub(" ", body)
        if line[:1] in ("\t", " ") and not text.strip():
            if cur is not None:
                cur.codes.extend(codes)
            continue
        if line.startswith("+"):
            if cur is not None:
                name = phrase(text[1:])
                if name:
                    cur.aliases.append(name)
                cur.codes.extend(codes)
            continue
        name = phrase(text)
        if not name:
            cur = None
            continue
        cur = Entry(name=name, codes=list(codes), comment=comment)
        entries.append(cur)
    return entries


def _kb_country(code: str) -> str:
    return CAMEO_TO_KB.get(code, code)


def _record(e: Entry) -> dict:
    """A record as written: names as running text writes them ("Kim Il Sung") and their index
    keys (name first, then the aliases), both by the knowledge base's own rules, so that loading
    does not redo them (``tests/test_actors_phoenix.py`` checks the files are what this makes)."""
    from chronica.actors.kb import display_name, name_key  # noqa: PLC0415 - after sys.path is set

    name = display_name(e.name)
    aliases = sorted({display_name(a) for a in e.aliases} - {name})
    return {"name": name, "aliases": aliases, "keys": [name_key(n) for n in (name, *aliases)],
            "codes": [list(c) for c in dict.fromkeys(e.codes)]}


def _is_state_name(alias: str, primary: str) -> bool:
    """An alias of a state's entry that names the state, not a city or province in it: a spelling
    of the primary name (same first four letters), or a long form with a word such as REPUBLIC."""
    words = set(alias.split())
    if "CITY" in words:
        return False
    return alias[:4] == primary[:4] or bool(words & STATE_WORDS)


def agent_words(agents: list[tuple[str, str]]) -> frozenset[str]:
    """Every word of an agent phrase ("ARMY", "FORCES", "PARTY"): a record whose name holds one
    is an institution, not a person."""
    return frozenset(w.upper() for p, _ in agents for w in p.split())


def country_codes() -> frozenset[str]:
    """Every code that names a country: ISO 3166 alpha-3, the CAMEO exceptions, and the
    historical states of the knowledge base."""
    import pycountry

    root = Path(__file__).resolve().parents[1]
    hist = json.loads((root / "chronica" / "actors" / "data" / "historical_states.json").read_text("utf-8"))
    return frozenset({c.alpha_3 for c in pycountry.countries} | set(CAMEO_TO_KB)
                     | {s["id"] for s in hist["states"]})


def convert_countries(entries: list[Entry], institution_words: frozenset[str]) -> dict:
    """A record with a bare country code ("[AFG]") and no CountryInfo person comment is a state;
    one coded sovereign + territory ("[GBRFLK]") a dependent territory;
    a record whose name holds an agent word is an institution; the rest are people."""
    states: dict[str, dict] = {}
    institutions, persons, territories = [], [], {}
    known = country_codes()
    for e in entries:
        e.codes = [c for c in e.codes if c[0] != "---"]
        if not e.codes:
            continue
        codes = {c for c, _, _ in e.codes}
        if len(codes) == 1 and len(code := next(iter(codes))) == 6 and code[:3] in known and code[3:] in known:
            # a dependent territory, coded under its sovereign ("FALKLAND_ISLANDS_ [GBRFLK]")
            territories[code[3:]] = {"id": _kb_country(code[3:]), "of": _kb_country(code[:3]), "cameo": code}
            continue
        bare = [c for c, _, _ in e.codes if c in known]
        if bare and "CountryInfo" not in e.comment:
            code = bare[-1]
            rec = states.setdefault(code, {"id": _kb_country(code), "cameo": code, "aliases": []})
            for alias in (e.name, *e.aliases):
                if _is_state_name(alias, e.name) and alias not in rec["aliases"]:
                    rec["aliases"].append(alias)
            continue
        personal = "CountryInfo" in e.comment or not (set(e.name.split()) & institution_words)
        (persons if personal else institutions).append(_record(e))
    return {"cameo_to_kb": CAMEO_TO_KB, "states": sorted(states.values(), key=lambda r: r["cameo"]),
            "territories": sorted(territories.values(), key=lambda r: r["id"]),
            "institutions": institutions, "persons": persons}


def convert_grouped(entries: list[Entry], institution_words: frozenset[str], people: bool) -> dict:
    """International and non-state files: bodies and the people who lead them (a record with a
    dated code or from the "IGOrulers" list is a person; the non-state file has none)."""
    bodies, persons = [], []
    for e in entries:
        e.codes = [c for c in e.codes if c[0] != "---"]
        if not e.codes:
            continue
        personal = people and ("rulers" in e.comment or any(s or t for _, s, t in e.codes)) \
            and not set(e.name.split()) & institution_words
        (persons if personal else bodies).append(_record(e))
    return {"organisations": bodies, "persons": persons}


def read_agents(path: Path) -> list[tuple[str, str]]:
    """(phrase in lower case, code) for every agent noun, with plurals and !SET! substitutions."""
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for line in decode_lines(path):
        body, _ = strip_comment(line)
        if not body.strip():
            continue
        m = re.match(r"\s*(![A-Z]+!)\s*=\s*(.+)", body)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"\s*(.+?)\s*(\{[^}]*\})?\s*\[([^\]}]+)[\]}]", body)
        if not m:
            continue
        raw, plural, code = m.group(1), m.group(2), m.group(3).strip()
        forms = [raw]
        for marker, words in sets.items():
            if marker in raw:
                forms = [f.replace(marker, w) for f in forms for w in words]
        for form in forms:
            base = phrase(form)
            if not base or "!" in base:
                continue
            variants = [base]
            if plural is not None:
                extra = phrase(plural[1:-1]) if plural[1:-1].strip() else None
                if extra:
                    variants.append(extra)
            elif not any(marker in raw for marker in sets):
                variants.append(_plural(base))
            out.extend((v.lower(), code) for v in variants)
    return list(dict.fromkeys(out))


def _plural(text: str) -> str:
    """The regular plural PETRARCH forms: +S, Y -> IES, SS -> SSES."""
    if text.endswith("SS"):
        return text + "ES"
    if text.endswith("Y") and text[-2:-1] not in "AEIOU":
        return text[:-1] + "IES"
    return text + "S"


def dump_json(data: dict) -> str:
    """JSON with one record a line: compact to load, and a re-conversion diffs line by line."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            rows = ",\n".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value)
            parts.append(f"{json.dumps(key)}:[\n{rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False)}")
    return "{" + ",\n".join(parts) + "}\n"


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    src = Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "dictionaries" / "petrarch2"
    out = Path(argv[2]) if len(argv) > 2 else root / "chronica" / "actors" / "data" / "phoenix"
    if not (src / "Phoenix.Countries.actors.txt").is_file():
        print(f"error: no Phoenix dictionaries in {src}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    agents = read_agents(src / "Phoenix.agents.txt")
    words = agent_words(agents)
    countries = convert_countries(read_actor_file(src / "Phoenix.Countries.actors.txt"), words)
    international = convert_grouped(read_actor_file(src / "Phoenix.International.actors.txt"), words, True)
    nonstate = convert_grouped(read_actor_file(src / "Phoenix.MilNonState.actors.txt"), words, False)
    source = "Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2 @ 676801c, data/dictionaries), MIT licence (LICENSE beside this file); converted by scripts/convert_phoenix_actors.py"
    for name, data in (("countries.json", countries), ("international.json", international),
                       ("nonstate.json", nonstate)):
        (out / name).write_text(dump_json({"_source": source, **data}), encoding="utf-8")
    lines = [f"# _source: {source}", "phrase\tcode", *(f"{p}\t{c}" for p, c in agents)]
    (out / "agents.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(src / "LICENSE", out / "LICENSE")
    summary = (f"states {len(countries['states'])}, institutions {len(countries['institutions'])}, "
               f"persons {len(countries['persons'])}, international bodies "
               f"{len(international['organisations'])} and persons {len(international['persons'])}, "
               f"non-state groups {len(nonstate['organisations'])}, agent phrases {len(agents)}; "
               f"lines not valid UTF-8 (read as Windows-1252) {STATS.utf8_failures}, names dropped for "
               f"U+FFFD {STATS.replacement_dropped}, mojibake repaired {STATS.mojibake_repaired}, "
               f"dates unreadable or reversed {STATS.bad_dates}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
