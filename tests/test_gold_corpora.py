"""The held-out gold files are consistent with their texts: every evidence string, body end and
boilerplate string they cite is in the file they name (so a score on them measures Chronica, not a
typo in the gold)."""

from __future__ import annotations

import datetime
import html
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold"
SUBJECTS = sorted(p.name[: -len("_gold.yaml")] for p in GOLD.glob("*_gold.yaml"))
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().lower()


def _visible(path: Path) -> str:
    if path.suffix == ".pdf":  # the text layer, as pypdf (the ingest's reader) gives it
        from pypdf import PdfReader

        return _norm("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?i)</?(a|i|b|em|strong|span|abbr|cite|small|sup|sub|code)\b[^>]*>", "", raw)  # inline: no gap
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    elif path.suffix == ".jsonl":  # the records' string fields, JSON escapes undone
        import json

        values = []
        for line in raw.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                values.append(line)
                continue
            values.extend(_strings(record))
        raw = "\n".join(values)
    elif path.suffix == ".md":  # as read (a bracketed stage cue is text) and with the mark-up undone
        marked = re.sub(r"(?m)^\s*(#+|>)\s*", "", raw)  # heading and quote marks at line start only
        raw = raw + "\n" + re.sub(r"[*_`]|\[|\]\([^)]*\)", "", marked)
    return _norm(raw)


def _strings(value: object) -> list[str]:
    """Every string leaf of a JSON record (a CMS export nests its paragraphs in lists of objects)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_gold_subjects_present() -> None:
            assert SUBJECTS == ["agocod", "albgrc", "argbra", "argury", "armenia", "armtur", "ausidn", "ausjpn", "ausnzl", "autita", "azegeo", "azeirn",
                        "beagle", "belcod", "belgua", "benner", "bgdind", "bgdmmr", "bgrgrc", "bgrsrb", "blrrus", "bolchl", "brabol", "brapry",
                        "btnnpl", "bwanam", "candnk", "chdsdn", "chlper", "chnind", "chnkor", "chnphl", "chnvnm", "civfra", "coding", "coding2",
                        "coding3", "coding4", "codwars", "colper", "colven", "crinic", "czesvk", "deucze", "deufra", "deupol", "dnkdeu", "dzamli",
                        "ecucol", "egyeth", "egyjor", "egylby", "egyptisrael", "egysau", "egysdn", "eridji", "eriyem", "espprt", "estrus", "etheri",
                        "ethiopia", "ethsdn", "ethsom", "finrus", "fradza", "franzl", "frarwa", "gabgnq", "gbrarg", "gbresp", "gbrirl", "gbrken",
                        "gbrzwe", "georus", "ghaciv", "ghatgo", "gmbsen", "grctur", "grmac", "guysur", "guyven", "haidom", "honduras", "hrvsrb",
                        "hunrou", "hunsvk", "idnmys", "idntls", "indmal", "iraniraq", "iransau", "irnafg", "irnare", "irnusa", "irqkwt", "irqsyr",
                        "irqtur", "isrjor", "isrlbn", "isrsyr", "isrtur", "itaeth", "itallby", "japkor", "japrus", "jorsyr", "jpnchn", "jpnprk",
                        "kazuzb", "kensom", "kentza", "kenuga", "kgzuzb", "korkor", "laotha", "latrus", "lbrsle", "lbytun", "libyachad", "lkaind",
                        "lsozaf", "malbfa", "malsgp", "maresp", "marmrt", "mdarus", "mdvind", "mexgtm", "moralg", "namzaf", "niccol", "nigcam",
                        "nldidn", "norrus", "nplind", "omnirn", "omnyem", "pakafg", "parbol", "perbol", "perecuador", "philmys", "pollit", "polukr",
                        "prtind", "qatbhr", "qatsau", "roumda", "rusltu", "rustur", "rusukr", "rwacod", "rwauga", "sauyem", "sengnb", "senmrt",
                        "slocro", "srbkos", "sudssd", "swefin", "swenor", "syrleb", "thaicam", "thamya", "thamys", "tjkkgz", "tundza", "tursyr",
                        "tzamwi", "ugatan", "ukrhun", "usamex", "usanic", "usapan", "usaphl", "usavnm", "uzbtjk", "vietcambodia", "vnmlao", "zafago",
                        "zafmoz", "zmbzwe"]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_gold_evidence_is_in_its_file(subject: str) -> None:
    gold = yaml.safe_load((GOLD / f"{subject}_gold.yaml").read_text(encoding="utf-8"))
    texts = {p.name: _visible(p) for p in (GOLD / subject).iterdir()}
    missing = []
    for name, doc in gold.get("documents", {}).items():
        for s in [doc["body_ends"], *doc["boilerplate"]]:
            if _norm(s) not in texts[name]:
                missing.append((name, s))
    for event in gold["events"]:
        for name, s in event["evidence"].items():
            if _norm(s) not in texts[name]:
                missing.append((name, s))
    for dis in gold.get("disagreements", []):
        assert len({c["value"] for c in dis["claims"]}) >= 2, dis["id"]
        for claim in dis["claims"]:
            for name in claim["files"]:
                if _norm(claim["evidence"]) not in texts[name]:
                    missing.append((name, claim["evidence"]))
    assert not missing
    if subject == "coding":  # sentences coded one by one: no documents' metadata, no disagreements
        assert len(gold["events"]) == 160 and {e["split"] for e in gold["events"]} == {"dev", "test"}
    elif subject == "coding2":  # the second coding set: all test
        assert len(gold["events"]) == 96 and {e["split"] for e in gold["events"]} == {"test"}
    elif subject == "coding3":  # the third coding set, 120 items: m001-m060 dev, m061-m120 test
        assert len(gold["events"]) == 120 and {e["split"] for e in gold["events"]} == {"dev", "test"}
    elif subject == "coding4":  # the fourth coding set, 160 wire-style items: n001-n080 dev, n081-n160 test
        assert len(gold["events"]) == 160 and {e["split"] for e in gold["events"]} == {"dev", "test"}
    else:
        assert len(gold["events"]) >= 20 and len(gold["disagreements"]) >= 10


@pytest.mark.parametrize("subject", SUBJECTS)
def test_gold_dates_are_written_as_the_scorer_reads_them(subject: str) -> None:
    """A date is a TIMEX3 string (or a YAML date), a [from, to] pair of strings, or null: score.py slices
    a pair's items as strings, so a pair of integers crashes the scorer once an event is found."""
    gold = yaml.safe_load((GOLD / f"{subject}_gold.yaml").read_text(encoding="utf-8"))
    bad = []
    for event in gold["events"]:
        date = event.get("date")
        if date is None or isinstance(date, (str, datetime.date)):
            continue
        if isinstance(date, list) and len(date) == 2 and all(isinstance(d, str) for d in date):
            continue
        bad.append((event["id"], date))
    assert not bad


@pytest.mark.parametrize("subject", [s for s in SUBJECTS if (GOLD / f"{s}_ask.yaml").is_file()])
def test_question_gold_loads_with_the_evaluator(subject: str) -> None:
    """Every question gold is read by ``chronica eval ask`` as it is: a kind outside when/who/what/did/check
    (a writer's "claim") stops the measure of the whole subject."""
    from chronica.ask.evaluate import load_gold

    items = load_gold(GOLD / f"{subject}_ask.yaml")
    assert len(items) >= 10 and len({i.id for i in items}) == len(items)
