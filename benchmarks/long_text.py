"""Write a long generated history text (default 50 MB) for the long-document benchmark and tests.

Sentences are composed from a small grammar of actors, acts and dates (written for this project),
grouped into paragraphs of 3-8 sentences separated by blank lines, so the text has the paragraph
and sentence structure of a book. Deterministic for a given seed.

    python benchmarks/long_text.py OUT.txt [--mb 50] [--seed 1]
    /usr/bin/time -v python -m chronica.cli build OUT.txt --db /tmp/long.db -q
"""

from __future__ import annotations

import argparse
import random

ACTORS = ["France", "Germany", "the Soviet Union", "Japan", "Brazil", "Argentina", "Egypt",
          "Turkey", "India", "Canada", "Kenya", "Poland", "the United Nations", "NATO"]
ACTS = ["signed a trade agreement with", "sent troops to the border of", "opened talks with",
        "imposed sanctions on", "offered economic aid to", "condemned", "recognised",
        "expelled the ambassador of", "met officials from", "threatened"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILLER = ["The decision surprised many observers in the capital.",
          "Newspapers at the time gave the story little attention.",
          "Historians still debate what the leaders intended.",
          "Trade between the two countries grew slowly in the following years.",
          "The negotiations lasted for several weeks and ended without a joint statement."]


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(FILLER)
    a, b = rng.sample(ACTORS, 2)
    when = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1900, 2020)}"
    return f"On {when}, {a} {rng.choice(ACTS)} {b}."


def generate(megabytes: float, seed: int = 1):
    """Yield paragraphs (each ending with a blank line) until about ``megabytes`` MB of text."""
    rng = random.Random(seed)
    target, size = int(megabytes * 1_000_000), 0
    chapter = 0
    while size < target:
        if size == 0 or rng.random() < 0.01:
            chapter += 1
            para = f"Chapter {chapter}\n\n"
        else:
            para = " ".join(sentence(rng) for _ in range(rng.randint(3, 8))) + "\n\n"
        size += len(para)
        yield para


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("title: A generated history\n\n")
        for para in generate(args.mb, args.seed):
            fh.write(para)


if __name__ == "__main__":
    main()
