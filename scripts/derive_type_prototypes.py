#!/usr/bin/env python3
"""Derive the phrases the type back-off compares a predicate with (``chronica.events._backoff``).

Reads the field's own resources and writes ``chronica/events/data/type_prototypes.tsv``, one
phrase a line with the PLOVER type it codes ("-" for none):

- PETRARCH2's CAMEO verb dictionary (``CAMEO.verbpatterns.150430.txt``, MIT): every verb alone,
  coded with its own or its block's CAMEO code, and every phrase pattern written out as words
  ("- * TROOP WITHDRAWAL &TREATY [1246]  # SCRAP" -> "scrap troop withdrawal treaty": ``*`` the
  verb the comment names, ``&SET`` the set's first word, the actor slots ``$ + % ^`` left out);
  a null pattern ``[---]`` or a statement or appeal (CAMEO 01, 02) codes no type;
- the CAMEO -> PLOVER table (``CAMEO2PLOVER-2021.txt``): each code's description ("Reduce or
  break diplomatic relations"), coded with its row;
- the PLOVER codebook (``PLOVER_MANUAL.tex``, CC BY-SA 4.0): each event type's mode table rows
  ("Retreat from territory or withdraw forces from an area": RETREAT withdraw) and the first
  sentence of its definition.

CAMEO codes become PLOVER types through ``chronica/events/data/petrarch_verbs.json`` (the table
with the codebook's corrections, ``scripts/convert_petrarch_verbs.py``). Run again after an update:

    python scripts/derive_type_prototypes.py ../shared/dictionaries
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

DATA = Path(__file__).resolve().parents[1] / "chronica" / "events" / "data"
OUT = DATA / "type_prototypes.tsv"
BLOCKS = DATA / "type_prototype_blocks.tsv"
CODE = re.compile(r"\[([^\]]*)\]")
MARKERS = {"$", "+", "%", "^"}
#: spaCy's stop words and the dictionary's preposition set (&PREPOSIT1): a phrase of these alone after
#: its verb codes nothing the back-off can compare
FUNCTION_WORDS = frozenset(STOP_WORDS) | {"against", "in", "on", "by", "near"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def first_code(raw: str | None) -> str | None:
    if raw is None:
        return None
    raw = raw.strip().split(":")[0].strip()
    return None if not raw or raw.startswith("-") else raw


def words_of(raw: str) -> str:
    return raw.strip().strip("_&").replace("_", " ").lower()


def read_verbs(path: Path, blocks: dict[str, list[str]]) -> list[tuple[str, str | None, str]]:
    """(phrase, CAMEO code or None, origin) of the verb dictionary."""
    lines = path.read_text(encoding="latin-1").splitlines()
    sets: dict[str, str] = {}
    current = None
    for line in lines:
        s = line.split("#")[0].rstrip()
        if s.startswith("&"):
            current = s[1:].strip().rstrip("_")
            continue
        if current and s.startswith("+") and current not in sets:
            sets[current] = words_of(s[1:])
        elif not s.strip():
            current = None
    out: list[tuple[str, str | None, str]] = []
    block_code: str | None = None
    block_verb = block_name = ""
    for line in lines:
        if line.startswith("---"):
            m = CODE.search(line)
            block_code = first_code(m.group(1)) if m else None
            name = line.strip("- ").split("[")[0].strip()
            block_verb = words_of(name)
            block_name = name
            continue
        body, _, comment = line.partition("#")
        body = body.strip()
        if body.startswith("- "):
            m = CODE.search(body)
            if not m:
                continue
            code = first_code(m.group(1))
            cverb = comment.strip().split(" ")[0].split("<")[0].strip() if comment.strip() else ""
            verb = words_of(cverb) if cverb and cverb.replace("_", "").isalpha() else block_verb
            toks = []
            lexical = [t for t in body[2:m.start()].split() if t.strip("$+%^")]
            if not lexical or lexical[0] != "*":
                continue  # words before the verb tell another clause's act ("SAID + MUST * ..."),
                # as the converter leaves them out (scripts/convert_petrarch_verbs.py)
            for tok in body[2:m.start()].split():
                tok = tok.lstrip("$+%^") or tok
                if tok in MARKERS:
                    continue
                if tok == "*":
                    toks.append(verb)
                elif tok.startswith("&"):
                    toks.append(sets.get(tok[1:].strip("_"), ""))
                else:
                    tok = "".join(ch for ch in tok if ch not in "$+%^")
                    toks.append(words_of(tok))
            phrase = " ".join(t for t in toks if t)
            rest = [w for t in toks[1:] for w in t.split()]
            if all(w in FUNCTION_WORDS for w in rest):
                continue  # function words alone ("* FROM + TO +" -> "cross from to") say nothing of
                # the act: the actor slots they governed are gone (as chronica.events.dictionary drops them)
            if len(phrase.split()) >= 2 and verb in toks:
                out.append((phrase, code, "petrarch2-pattern:" + verb + ":" + block_name))
            continue
        if block_code is None and not body:
            continue
        if body and (body[0].isalpha() or body[0] == "+") and not body.startswith("-"):
            word = body.split("{")[0].split("[")[0].strip()
            if not word or " " in word.strip("+"):
                continue
            own = CODE.search(body)
            code = first_code(own.group(1)) if own else block_code
            verb = words_of(word.lstrip("+"))
            blocks.setdefault(block_name, []).append(verb)
            if own and own.group(1).strip().startswith("-") or code is None:
                continue  # a verb with no code of its own: only its patterns code it (no "none")
            out.append((verb, code, "petrarch2-verb:" + verb + ":" + block_name))
    return out


def read_table(path: Path) -> list[tuple[str, str | None, str]]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]*)[^#]*#\s*(.+)$", line)
        if m and m.group(3).strip():
            text = m.group(3).strip()
            out.append((text, m.group(1), "cameo2plover:" + text.split()[0].strip(",").lower()))
    return out


def read_codebook(path: Path) -> list[tuple[str, str, str, str]]:
    """(phrase, type, mode, origin) of the codebook's type sections."""
    text = path.read_text(encoding="utf-8", errors="replace")
    out = []
    parts = re.split(r"\\section\{([A-Z]+)\}", text)
    for name, body in zip(parts[1::2], parts[2::2]):
        if name not in PLOVER_TYPES:
            continue
        body = body.split("\\section{")[0]
        intro = body.split("\\subsection")[0]
        first = re.sub(r"\\plcat\{([A-Z]+)\}", r"\1", intro.strip().split("\n\n")[0])
        first = re.sub(r"[`']{2}|---|\\\w+", " ", first)
        sentence = re.split(r"(?<=[.])\s", first.strip())[0].strip()
        if sentence:
            pass  # a definition's first sentence names the category, not an act: no phrase
        for row in re.findall(r"^\s*([a-z_]+)\s*&\s*(.+?)\s*\\\\", body, flags=re.M):
            mode, content = row
            if mode == "name":
                continue
            content = re.sub(r"\\plcat\{([A-Z]+)\}", r"\1", content)
            content = " ".join(content.replace("\\", "").split())
            if content.split()[0].lower() == "any":
                continue  # "Any form of exchange, relations, or assistance": what is asked or refused, no act
            out.append((content, name, mode, "plover-mode:" + content.split()[0].strip(",").lower()))
    return out


def main(root: str) -> None:
    base = Path(root)
    verbs = json.loads((DATA / "petrarch_verbs.json").read_text())
    cameo = verbs["cameo"]

    def plover(code: str | None) -> tuple[str, str]:
        for c in (code, code[:3] if code else None, code[:2] if code else None):
            if c and c in cameo:
                row = cameo[c]
                return (row["type"], row.get("mode") or "-") if row else ("-", "-")
        return ("-", "-")

    rows: dict[str, tuple[str, str, str, str]] = {}
    blocks: dict[str, list[str]] = {}
    for phrase, code, origin in read_verbs(base / "petrarch2" / "CAMEO.verbpatterns.150430.txt", blocks) + \
            read_table(base / "plover" / "CAMEO2PLOVER-2021.txt"):
        typ, mode = plover(code) if code else ("-", "-")
        rows.setdefault(phrase, (typ, mode, code or "-", origin))
    for phrase, typ, mode, origin in read_codebook(base / "plover" / "PLOVER_MANUAL.tex"):
        rows[phrase] = (typ, mode, "-", origin)
    lines = ["# _source: derived by scripts/derive_type_prototypes.py from PETRARCH2's CAMEO.verbpatterns.150430.txt "
             "(MIT, PETRARCH2-LICENSE.txt), CAMEO2PLOVER-2021.txt and PLOVER_MANUAL.tex (draft 0.8, CC BY-SA 4.0); "
             "read by chronica/events/_backoff.py",
             "# columns (tab separated): phrase, its verb, the verb block it comes from (\"-\": none; its verbs in type_prototype_blocks.tsv), type (\"-\": none), mode, cameo, origin",
             "phrase\tverb\tblock\ttype\tmode\tcameo\torigin"]
    for phrase, (typ, mode, code, origin) in sorted(rows.items()):
        phrase = phrase.replace("\t", " ")
        origin, _, verb = origin.partition(":")
        verb, _, block = verb.partition(":")
        lines.append(f"{phrase}\t{verb}\t{block or '-'}\t{typ}\t{mode}\t{code}\t{origin}")
    OUT.write_text("\n".join(lines) + "\n")
    # the verbs each block pattern stands for: the block's synonym set (a pattern codes every verb
    # of its block: "* FLIGHTS" of FINISH is "halt flights" and "suspend flights")
    used = {ln.split("\t")[2] for ln in lines[3:]}
    BLOCKS.write_text("\n".join(
        ["# _source: the verb blocks of PETRARCH2's CAMEO.verbpatterns.150430.txt (MIT), written by "
         "scripts/derive_type_prototypes.py beside type_prototypes.tsv", "block\tverbs"]
        + [f"{b}\t{'|'.join(dict.fromkeys(v))}" for b, v in sorted(blocks.items()) if b in used]) + "\n")
    print(len(rows), "phrases ->", OUT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/dictionaries")
