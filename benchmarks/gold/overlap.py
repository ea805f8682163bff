"""Lines a change adds that repeat the wording of a gold text: word N-grams (8 by default) shared with any article,
gold or question file of the gold subjects (tests/gold, the shared dev pages and the Korea corpus).

    python benchmarks/gold/overlap.py BASE [HEAD] [--n 8]        # prints each line that shares a run, then the count

Nothing from the evaluation articles may go into the package, its tests, comments or docstrings: a case table
copies a footer, a docstring quotes a dev text's sentence with its date. The stop hook checks non-test files
against the shared corpus; this checks every added line outside tests/gold against every gold text, before a
merge. ``git diff BASE..HEAD`` (HEAD defaults to the working tree's HEAD); README files (which describe the
rounds) are not gold texts."""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subjects import REPO, SHARED  # noqa: E402

WORD = re.compile(r"[a-z0-9]+")
SUFFIXES = (".txt", ".html", ".htm", ".md", ".pdf", ".jsonl", ".yaml", ".json")
NOT_GOLD = {"README.md", "CONTRACT.md"}


def grams(text: str, n: int) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def visible(path: Path) -> str:
    """A gold file's words: a pdf's text layer, an html page without its tags, any other file as written."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        try:
            return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        except Exception:  # noqa: BLE001 - an unreadable pdf adds no words
            return ""
    text = path.read_text(encoding="utf-8", errors="replace")
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if path.suffix in (".html", ".htm") else text


def gold_grams(n: int, roots: list[Path] | None = None) -> set[str]:
    roots = roots or [REPO / "tests" / "gold", SHARED / "eval", SHARED / "corpus"]
    found: set[str] = set()
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and path.suffix in SUFFIXES and path.name not in NOT_GOLD:
                found |= grams(visible(path), n)
    return found


def added_lines(base: str, head: str) -> list[tuple[str, str]]:
    """(file, line) of every line ``git diff base..head`` adds outside tests/gold."""
    diff = subprocess.run(["git", "-C", str(REPO), "diff", f"{base}..{head}", "--", ".", ":!tests/gold"],
                          capture_output=True, text=True, check=True).stdout
    out, name = [], ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[6:]
        elif line.startswith("+"):
            out.append((name, line[1:]))
    return out


def overlaps(lines: list[tuple[str, str]], known: set[str], n: int) -> list[tuple[str, str, list[str]]]:
    return [(name, line, sorted(shared)) for name, line in lines if (shared := grams(line, n) & known)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the revision the change starts from")
    parser.add_argument("head", nargs="?", default="HEAD", help="the revision with the change (default HEAD)")
    parser.add_argument("--n", type=int, default=8, help="words in a run (default 8)")
    args = parser.parse_args(argv)
    hits = overlaps(added_lines(args.base, args.head), gold_grams(args.n), args.n)
    for name, line, shared in hits:
        print(f"{name}: {line.strip()[:160]}\n    shares: {shared[0]}")
    print(f"{len(hits)} added lines share a run of {args.n} words with a gold text")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
