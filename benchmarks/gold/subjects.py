"""The gold subjects and their groups, and where each subject's articles, gold and questions are.

A group's role is fixed when its gold is written (tests/gold/README.md tells the rounds): ``dev`` groups are
tuned on; ``hold-out`` is measured before and after a session's changes and looked at only after; ``test``
groups are measured, never read. A session moves a hold-out or test group into dev only after its
after-measure has been reported."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CHRONICA_SHARED", REPO.parent / "shared"))

GROUPS: dict[str, list[str]] = {
    "dev-a": "korea cyprus falklands georgia ethiopia iraniraq perecuador codwars moralg ugatan indmal grctur "
    "sudssd guyven rwacod srbkos egyeth korkor armtur nldidn usavnm".split(),
    "dev-b": "slocro pakafg chdsdn senmrt eridji bgdmmr haidom estrus malsgp maresp chnind syrleb argury egysdn "
    "gbrirl hunsvk nplind chnphl isrlbn lkaind isrsyr idntls zafago egylby".split(),
    "dev-r26": "philmys gmbsen".split(),
    "dev-r27r28": "franzl swenor".split(),
    "dev-r29": ["dnkdeu"],
    "dev-r30": ["hunrou"],
    "dev-r31": ["egysau"],
    "dev-r32": "georus zafmoz".split(),
    "dev-r33": "latrus thamya".split(),
    "dev-r34": "prtind eriyem".split(),
    "dev-r35": "gabgnq tzamwi".split(),
    "dev-r36": "etheri colper".split(),
    "dev-r37": "usapan mdarus".split(),
    "dev-r38": "usaphl blrrus".split(),
    "dev-r39": "usanic itallby".split(),
    "dev-r40": "lsozaf gbrken".split(),
    "dev-r41": "belcod albgrc".split(),
    "dev-r42": "civfra lbrsle".split(),
    "dev-r43": "dzamli irqtur".split(),
    "dev-r44": "ghatgo azeirn".split(),
    "dev-r45": "uzbtjk benner".split(),
    "dev-r46": "sengnb kenuga".split(),
    "dev-r47": "bwanam isrtur".split(),
    "dev-r48": "chnkor candnk".split(),
    "dev-r49": "ausjpn mdvind".split(),
    "dev-r50": "guysur btnnpl".split(),
    "dev-r51": "kgzuzb ausnzl".split(),
    "dev-r52": "swefin kentza".split(),
    "dev-r53": "zmbzwe czesvk".split(),
    "dev-r54": "thamys egyjor".split(),
    "dev-r55": "kazuzb marmrt".split(),
    "dev-r56": "tundza omnirn".split(),
    "test-r56": ["azegeo"],
    "test-r55": ["vnmlao"],
    "test-r54": ["perbol"],
    "test-r53": ["brabol"],
    "test-r52": ["ghaciv"],
    "test-r51": ["espprt"],
    "test-r50": ["roumda"],
    "test-r49": ["polukr"],
    "test-r48": ["ukrhun"],
    "test-r47": ["idnmys"],
    "test-r46": ["irnare"],
    "test-r45": ["rusltu"],
    "test-r44": ["ethsdn"],
    "test-r43": ["agocod"],
    "test-r42": ["jorsyr"],
    "test-r41": ["omnyem"],
    "test-r40": ["irqsyr"],
    "test-r39": ["gbrzwe"],
    "test-r38": ["frarwa"],
    "test-r37": ["deucze"],
    "test-r36": ["namzaf"],
    "test-r35": ["gbrarg"],
    "test-r34": ["irnafg"],
    "test-r33": ["mexgtm"],
    "test-r32": ["lbytun"],
    "test-r31": ["bgrsrb"],
    "test-r30": ["autita"],
    "test-r29": ["bgrgrc"],
    "test-r28": ["pollit"],
    "test-r27": ["rwauga"],
    "test-r26": "rustur itaeth".split(),
    "test-r25": "bgdind irnusa".split(),
    "test-old": "argbra armenia ausidn beagle belgua bolchl brapry chlper chnvnm colven crinic deufra deupol ecucol "
    "egyptisrael ethsom finrus fradza gbresp grmac honduras hrvsrb iransau irqkwt isrjor japkor japrus jpnchn "
    "jpnprk kensom laotha libyachad malbfa niccol nigcam norrus parbol qatbhr qatsau rusukr sauyem thaicam "
    "tjkkgz tursyr usamex vietcambodia".split(),
}


def expand(names: list[str]) -> list[str]:
    """Subjects named directly or through a group name, in order, each once."""
    out: list[str] = []
    for name in names:
        for subject in GROUPS.get(name, [name]):
            if subject not in out:
                out.append(subject)
    return out


def locate(subject: str, tree: Path = REPO) -> tuple[Path, Path, Path | None]:
    """(articles folder, gold yaml, questions yaml or None) of one subject: the shared Korea and dev
    gold, else ``tree``'s gold folder, or this checkout's when ``tree`` (an older checkout whose code
    is measured) has not got the subject; the articles beside the gold
    (:func:`chronica.ingest.evaluate.corpus_of`)."""
    from chronica.ingest.evaluate import corpus_of

    gold_dir = tree / "tests" / "gold"
    if not (gold_dir / subject).is_dir():
        gold_dir = REPO / "tests" / "gold"
    shared = SHARED / "eval" / ("korea_gold_dev.yaml" if subject == "korea" else f"dev/{subject}_gold.yaml")
    gold = shared if shared.is_file() else gold_dir / f"{subject}_gold.yaml"
    corpus = corpus_of(gold) if gold.is_file() else None
    if corpus is None:
        raise FileNotFoundError(f"no articles or gold for subject {subject!r} ({gold})")
    ask = gold_dir / f"{subject}_ask.yaml"
    return corpus, gold, ask if ask.is_file() else None
