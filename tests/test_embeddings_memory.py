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

from chronica.chronicle.embeddings import BATCH_SIZE, BATCH_TOKENS, Embedder, model_files

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
    assert [t for batch, _ in batches for t in batch] == texts  # every text, in order
    for batch, encodings in batches:
        width = max(sum(e.attention_mask) for e in encodings)
        assert len(batch) <= BATCH_SIZE
        assert len(batch) == 1 or len(batch) * width <= BATCH_TOKENS
    short = [t for t in texts if len(t.split()) <= 8]
    assert len(model._batches(short)) == -(-len(short) // BATCH_SIZE)  # short texts: full batches


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
