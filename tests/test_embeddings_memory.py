"""MiniLM batches bounded by their padded tokens: the same vectors, and memory that does not
follow the longest sentences a long document puts side by side.

A long document's sentences are embedded sorted by length (``chronica.tasks.sentence_vectors``),
so its longest come together; 32 texts of 256 tokens in one batch took a process from 250 MB to
1,550 MB, and onnxruntime's arena kept it (``chronica.chronicle.embeddings.BATCH_TOKENS``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from chronica.chronicle.embeddings import BATCH_SIZE, BATCH_TOKENS, Embedder, model_files, plan_batches

pytestmark = pytest.mark.skipif(model_files() is None, reason="MiniLM model not installed")

ROOT = Path(__file__).resolve().parents[1]

#: my own sentences, of very different lengths once repeated
_WORDS = ("The two ministers met at the border post on Tuesday and agreed to reopen the crossing "
          "for trucks carrying grain, fuel and medicine after three weeks of talks").split()


def _texts() -> list[str]:
    out = []
    for n in (3, 8, 15, 40, 90, 180, 300, 5, 60, 250, 12, 120):
        for k in range(4):
            words = [_WORDS[(i + k) % len(_WORDS)] for i in range(n)]
            out.append(" ".join(words) + ".")
    return sorted(out, key=len)  # as sentence_vectors sends them: the longest together


def test_a_texts_vector_does_not_depend_on_its_batch():
    texts = _texts()
    model = Embedder(threads=1)
    together = model.encode(texts)
    alone = np.concatenate([model.encode([t]) for t in texts])
    assert together.shape == (len(texts), 384)
    assert float(np.abs(together - alone).max()) == 0.0
    # embed (cached, in a different order) gives the same vectors as encode
    again = Embedder(threads=1).embed(texts[::-1])[::-1]
    assert float(np.abs(together - again).max()) == 0.0


def test_batches_keep_their_padded_tokens_within_the_bound():
    texts = _texts()
    model = Embedder(threads=1)
    model._load()
    batches = model._batches(texts)
    got = [t for batch, _ in batches for t in batch]
    assert sorted(got) == sorted(set(texts))  # every distinct text, once
    widths = []
    for batch, encodings in batches:
        width = max(len(e.ids) for e in encodings)
        widths.append(width)
        assert len(batch) <= BATCH_SIZE
        assert len(batch) == 1 or len(batch) * width <= BATCH_TOKENS
    assert widths == sorted(widths)  # shortest first
    same = [" ".join(["border"] * 6) + f" {i}." for i in range(40)]  # one length: full batches
    assert [len(b) for b, _ in model._batches(same)] == [BATCH_SIZE, 40 - BATCH_SIZE]


#: token counts (ascending) -> the batches' sizes plan_batches chooses (RUN_COST_TOKENS = 9)
PLANS = [
    ([], []),
    ([10], [1]),
    ([10] * 40, [32, 8]),                      # one length: as full as BATCH_SIZE lets
    ([10, 10, 11, 11], [4]),                   # a token of padding each beats a second run
    ([10, 10, 60], [2, 1]),                    # a long text alone: 2 x 50 padded tokens cost more
    ([20, 20, 21, 40, 40, 41], [3, 3]),
    ([200] * 8, [5, 3]),                       # 5 x 200 <= BATCH_TOKENS (1024), 6 x 200 is not
    ([300, 2000], [1, 1]),                     # longer than BATCH_TOKENS: alone
]


@pytest.mark.parametrize("lengths,sizes", PLANS)
def test_plan_batches_groups_texts_of_like_length(lengths, sizes):
    plan = plan_batches(lengths)
    assert [hi - lo for lo, hi in plan] == sizes
    assert [lo for lo, _ in plan] == [0, *[hi for _, hi in plan]][:len(plan)]  # contiguous, in order
    assert (plan[-1][1] if plan else 0) == len(lengths)


def test_encode_gives_each_text_its_row_whatever_the_batches():
    texts = _texts()
    model = Embedder(threads=1)
    mixed = [texts[5], texts[0], texts[-1], texts[5], texts[20]]  # unsorted, one twice
    rows = model.encode(mixed)
    alone = np.concatenate([model.encode([t]) for t in mixed])
    assert float(np.abs(rows - alone).max()) == 0.0


_CHILD = """
import json, sys
from chronica.chronicle.embeddings import Embedder
words = sys.argv[1].split()
texts = [" ".join(words[(i + k) % len(words)] for i in range(400)) for k in range(64)]
Embedder(threads=1).encode(sorted(texts, key=len))
print(json.dumps({"peak_mb": next(int(l.split()[1]) for l in open("/proc/self/status")
                                  if l.startswith("VmHWM:")) / 1024}))
"""


def test_embedding_the_longest_sentences_together_stays_bounded():
    # 64 texts truncated at 256 tokens: 1,550 MB with batches of 32 (the model alone: ~280 MB)
    proc = subprocess.run([sys.executable, "-c", _CHILD, " ".join(_WORDS)], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    peak = json.loads(proc.stdout.strip().splitlines()[-1])["peak_mb"]
    assert peak < 700, f"embedding 64 long texts peaked at {peak:.0f} MB"
