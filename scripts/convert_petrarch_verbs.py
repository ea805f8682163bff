#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO verb dictionary into Chronica's packaged verb data, coded in PLOVER.

Reads ``CAMEO.verbpatterns.150430.txt`` (Open Event Data Alliance, MIT licence) and
``CAMEO2PLOVER-2021.txt`` (the PLOVER project's CAMEO -> PLOVER table) and writes
``chronica/events/data/petrarch_verbs.json`` with the licence text beside it
(``chronica/events/data/PETRARCH2-LICENSE.txt``). Run it again after a dictionary update:

    python scripts/convert_petrarch_verbs.py ../shared/dictionaries

The dictionary's format (as documented in its header and read by PETRARCH's
``PETRreader.read_verb_dictionary``):

- a synonym-set section: ``&NAME`` followed by ``+WORD`` lines (a trailing ``_`` marks a word
  matched whole; other words match as prefixes, "PREPAR" matching "prepared");
- verb blocks: ``--- NAME [code] ---``, then the block's verbs, one a line (``FIGHT {FIGHTS FOUGHT
  FIGHTING}``: the irregular forms in braces; ``+WAGE_WAR``: a phrase verb, its words joined by
  ``_``; an own code ``[180]`` overrides the block's), then its patterns;
- patterns: ``- words * words [code] # comment``: ``*`` stands for the verb, ``$`` the source,
  ``+`` the target, ``%`` a compound actor, ``^`` a skipped phrase, ``&SET`` a synonym set, and
  words joined by ``_`` must follow each other. ``[---]`` means "no event" (a null pattern);
  ``[a:b]`` codes both sides (the first is kept).

What is kept. Every verb with its code; patterns whose lexical words all follow the verb (those
with words before the verb - "SAID + MUST * POLICY" - need the whole sentence and are left out,
but for the negated patterns: a block's ``negated`` list keeps the patterns whose words before the
verb are a negation and auxiliaries only - "NOT * [120]", "WOULD NOT * &MILITARY [1246]" - with
those words, the code the verb takes when negated),
as a list of word groups to find after the verb, each group alternatives (a synonym set) of
word sequences. CAMEO codes become PLOVER codings through the table (the code itself, else its
three-digit parent, else its two-digit cue category); cue categories 01 and 02 (statements and
appeals) are dropped by PLOVER and get no type. Nothing else is changed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "chronica" / "events" / "data"
VERBS_FILE = "CAMEO.verbpatterns.150430.txt"
PLOVER_FILE = "CAMEO2PLOVER-2021.txt"
MARKERS = {"$", "+", "%", "^"}
CODE = re.compile(r"\[([^\]]*)\]")


def read_lines(path: Path) -> list[str]:
    # the file is ASCII but for a few stray bytes; Latin-1 keeps every byte as one character
    return path.read_text(encoding="latin-1").splitlines()


def first_code(raw: str | None) -> str | None:
    """``"190"`` from ``"190"``, ``"042:043"`` -> ``"042"``; ``"---"`` or empty -> None."""
    if raw is None:
        return None
    raw = raw.strip().split(":")[0].strip()
    return None if not raw or raw.startswith("-") else raw


def read_plover_table(path: Path) -> dict[str, dict]:
    """CAMEO code -> {"type", "mode", "context"} from CAMEO2PLOVER-2021.txt (the first row of a
    code wins; a two-digit cue row names the category)."""
    table: dict[str, dict] = {}
    for line in read_lines(path):
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if not parts[0]:
            continue
        mode = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
        context = [c.strip() for c in parts[2].split(";") if c.strip()] if len(parts) > 2 else []
        if len(m.group(1)) > 2 or m.group(1) not in table:
            table[m.group(1)] = {"type": parts[0], "mode": mode, "context": context}
    return table


#: rows where the codebook's own rules (PLOVER_MANUAL.tex) and the 2021 table part: the codebook
#: wins. The rows are data, ``chronica/events/data/plover_codebook_rows.tsv`` (each with the
#: codebook's words), which the ontology's own CAMEO codes agree with (tests/test_events_dictionary.py)
CODEBOOK_FILE = OUT_DIR / "plover_codebook_rows.tsv"


def read_codebook_rows(path: Path = CODEBOOK_FILE) -> dict[str, dict]:
    """CAMEO code -> {"type", "mode", "context"} of the rows the codebook codes otherwise than the table."""
    rows: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("cameo\t"):
            continue
        code, etype, mode, context = line.split("\t")[:4]
        rows[code] = {"type": etype, "mode": None if mode == "-" else mode,
                      "context": [] if context == "-" else [c for c in context.split(";") if c]}
    return rows


CODEBOOK_ROWS = read_codebook_rows()


def plover_of(code: str | None, table: dict[str, dict]) -> dict | None:
    """The PLOVER coding of a CAMEO code: its own row, else its 3-digit parent, else its cue
    category; None for dropped categories (01 statements, 02 appeals) and unknown codes."""
    if not code or code[:2] in ("01", "02"):
        return None
    if code in CODEBOOK_ROWS:
        return dict(CODEBOOK_ROWS[code])
    for key in (code, code[:3], code[:2]):
        if key in table:
            row = dict(table[key])
            if key != code:  # a parent's mode may not fit the child: keep only type and context
                row["mode"] = None
            return row
    return None


def word(token: str) -> str:
    """A dictionary word in lower case; a trailing ``_`` (whole word) is kept as ``$``."""
    token = token.strip().lower()
    return token[:-1] + "$" if token.endswith("_") else token


def read_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    sets: dict[str, list[list[str]]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("####### VERB PATTERNS"):
            break
        if text.startswith("&"):
            current = text[1:].strip().rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current:
            entry = text[1:].strip()
            if entry:
                sets[current].append([word(w) for w in entry.split("_") if w])
    return sets


def lexical_groups(tokens: list[str], synsets: dict[str, list[list[str]]]) -> list[str] | None:
    """The pattern's words after the verb, one item a group: ``"&NAME"`` (any member of the
    synonym set) or words that follow each other (``"diplomatic relations"``); None when a
    synonym set is unknown."""
    groups: list[str] = []
    for tok in tokens:
        if tok in MARKERS or not tok:
            continue
        if tok.startswith("&"):
            name = tok[1:].rstrip("_")
            if name not in synsets:
                return None
            groups.append("&" + name)
        else:
            words = [word(w) for w in tok.replace("&", "").split("_") if w]
            if words:
                groups.append(" ".join(words))
    return groups


#: words a negated pattern may have before the verb besides its negation: auxiliaries and modals
#: ("WOULD NOT *", "DOES NOT *", "&AUXVERB2 NOT *"); a pattern with any other word before the
#: verb ("SAID NOT *", "DECIDE NOT TO *") needs more of the sentence and is left out
NEGATION_WORDS = {"NOT": "not", "NEVER": "never", "WON'T": "not"}
AUXILIARY_WORDS = {"WILL", "WOULD", "DID", "DOES", "DO", "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE",
                   "COULD", "CAN", "SHALL", "&AUXVERB2"}


def negated_before(before: list[str], star: str) -> list[str] | None:
    """The words of a negated pattern before its verb, lower-case ("WOULD NOT *" -> ["would",
    "not"]; "NOT_*" -> ["not"]; "WON'T *" -> ["will", "not"]), or None when the pattern is no
    negated verb (no negation before it, or a word that is neither negation nor auxiliary)."""
    words = list(before)
    if star != "*":
        if not star.endswith("_*") or star[:-2] not in NEGATION_WORDS:
            return None
        words.append(star[:-2])
    if not any(w in NEGATION_WORDS for w in words) or not all(
            w in NEGATION_WORDS or w in AUXILIARY_WORDS for w in words):
        return None
    out = []
    for w in words:
        if w == "WON'T":
            out += ["will", "not"]
        elif w == "&AUXVERB2":
            out.append("&AUXVERB2")
        else:
            out.append(NEGATION_WORDS.get(w, w.lower()))
    return out


def convert(dictionaries: Path) -> dict:
    lines = read_lines(dictionaries / "petrarch2" / VERBS_FILE)
    table = read_plover_table(dictionaries / "plover" / PLOVER_FILE)
    synsets = read_synsets(lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    verbs: dict[str, dict] = {}
    blocks: dict[str, dict] = {}
    block, block_code = None, None
    skipped = 0
    for line in lines[start + 1:]:
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text.startswith("---"):
            m = re.match(r"^---\s*([^\[\s]+)\s*(?:\[([^\]]*)\])?", text)
            block = m.group(1) if m else None
            block_code = first_code(m.group(2)) if m else None
            if block:
                blocks.setdefault(block, {"cameo": block_code, "plover": plover_of(block_code, table),
                                          "patterns": []})
            continue
        if text.startswith("-"):
            body = text[1:]
            m = CODE.search(body)
            if not m or "*" not in body:
                skipped += 1
                continue
            code = first_code(m.group(1))
            tokens = body[: m.start()].split()
            star = next(i for i, t in enumerate(tokens) if "*" in t)
            before = [t for t in tokens[:star] if t not in MARKERS]
            after_tokens = tokens[star + 1:]
            negation = negated_before(before, tokens[star])
            if negation is not None and block:
                # "NOT * [120]", "NEVER * [120]", "WOULD NOT * &MILITARY [1246]": the code the
                # verb takes when it is negated, with the auxiliaries the pattern names
                groups = lexical_groups(after_tokens, synsets) if after_tokens else []
                blocks[block].setdefault("negated", []).append(
                    {"before": negation, "after": groups, "cameo": code})
                continue
            if before or tokens[star] != "*":  # words before the verb, or "TO_*": left out
                skipped += 1
                continue
            groups = lexical_groups(after_tokens, synsets)
            if not groups:
                skipped += 1
                continue
            if block:
                blocks[block]["patterns"].append({"after": groups, "cameo": code})
            continue
        # a verb line
        m = re.match(r"^\s*(\+?)([A-Z][A-Z0-9_'\-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", text)
        if not m or block is None:
            skipped += 1
            continue
        own = m.group(4)
        code = first_code(own) if own is not None else block_code
        lemma = " ".join(w for w in m.group(2).lower().split("_") if w)
        verbs[lemma] = {"cameo": code, "block": block}
    return {
        "source": "PETRARCH2 CAMEO.verbpatterns.150430.txt (Open Event Data Alliance, MIT licence; "
                  "see PETRARCH2-LICENSE.txt), coded in PLOVER through CAMEO2PLOVER-2021.txt",
        "converted_by": "scripts/convert_petrarch_verbs.py",
        "cameo": {code: plover_of(code, table) for code in sorted(
            {v["cameo"] for v in verbs.values() if v["cameo"]}
            | {p["cameo"] for b in blocks.values() for p in b["patterns"] + b.get("negated", []) if p["cameo"]})},
        "synsets": {name: [" ".join(words) for words in members] for name, members in synsets.items()},
        "verbs": dict(sorted(verbs.items())),
        "blocks": {name: {"cameo": b["cameo"], "patterns": b["patterns"],
                          **({"negated": b["negated"]} if b.get("negated") else {})} for name, b in blocks.items()},
        "skipped_lines": skipped,
    }


def main(argv: list[str]) -> int:
    dictionaries = Path(argv[1] if len(argv) > 1 else "../shared/dictionaries")
    data = convert(dictionaries)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "petrarch_verbs.json").write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    (OUT_DIR / "PETRARCH2-LICENSE.txt").write_text(
        (dictionaries / "petrarch2" / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    n_patterns = sum(len(b["patterns"]) for b in data["blocks"].values())
    print(f"{len(data['verbs'])} verbs, {n_patterns} patterns, {data['skipped_lines']} lines left out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
