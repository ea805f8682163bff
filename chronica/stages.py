"""The stages after parsing — time, actors, events, claims — run as spaCy components, and what they found
turned into :class:`chronica.store.db.Annotations` for the store.

The build runs them inside ``nlp.pipe`` (one pass, no second parse); ``chronica annotate`` runs
them again over the parses kept in the store, without parsing anything again.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, is_dataclass

from spacy.language import Language
from spacy.tokens import Doc

from chronica.chronicle import persist
from chronica.ingest._published import anchor_date
from chronica.nlp import deserialise, load_pipeline, sentence_offsets
from chronica.store.db import Annotations

STAGES: tuple[str, ...] = ("chronica_time", "chronica_actors", "chronica_events", "chronica_claims")


#: what the store keeps of a document's reference date: (value, inferred, confidence, reasoning)
Reference = tuple[str | None, bool, float | None, str | None]


def reference_date(doc: Doc, published: str | None) -> Reference:
    """The date relative expressions were anchored on: the publication date when known, else the
    one the time stage inferred from the text while tagging it (``doc._.inferred_dct``)."""
    if published:
        return published, False, 1.0, "publication date from the document's metadata"
    guess = doc._.inferred_dct if Doc.has_extension("inferred_dct") else None
    if guess is None or guess.value is None:
        return None, True, None, getattr(guess, "reasoning", None) or "no date found in the text"
    if guess.lower_bound:  # no date of writing: the bound is kept in the reasoning ("lower bound 1969: …")
        return None, True, guess.confidence, guess.reasoning
    return guess.value, True, guess.confidence, guess.reasoning


def prepare(nlp: Language, text: str, dct: str | None) -> Doc:
    """A tokenised Doc carrying its reference date, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    if Doc.has_extension("dct"):
        doc._.dct = dct
    return doc


def _as_dict(obj) -> dict:  # noqa: ANN001
    if isinstance(obj, dict):
        return dict(obj)
    if is_dataclass(obj):
        return {f: getattr(obj, f) for f in obj.__dataclass_fields__}  # shallow: keep nested objects
    return dict(vars(obj))


def annotations(doc: Doc, sentences: list[tuple[int, int]], published: str | None) -> Annotations:
    """Collect what the stages wrote on ``doc`` (its reference date, ``doc._.timexes``,
    ``doc._.actors``, ``doc._.events``, ``doc._.claims``); time expressions get the index of the stored sentence
    they fall in."""
    starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < sentences[i][1] else None

    timexes = []
    found = doc._.timexes if Doc.has_extension("timexes") else None
    for t in found or []:
        row = asdict(t) if is_dataclass(t) else dict(t)
        row.pop("parts", None)
        row["sentence_idx"] = sentence_of(row["start"])
        timexes.append(row)
    actors = []
    if Doc.has_extension("actors"):
        for m in doc._.actors or []:
            row = _as_dict(m)
            row["resolved"] = int(bool(row.get("resolved")))
            actors.append(row)
    events = list(doc._.events or []) if Doc.has_extension("events") else []
    claims = list(doc._.claims or []) if Doc.has_extension("claims") else []
    value, inferred, confidence, reasoning = reference_date(doc, published)
    return Annotations(
        dct=value, dct_inferred=inferred, dct_confidence=confidence, dct_reasoning=reasoning,
        timexes=timexes, actors=actors, events=events, claims=claims,
    )


def reannotate(store, *, on_document=None) -> int:  # noqa: ANN001 - Store, callback
    """Run the stages again over every stored parse (no re-parsing) and rewrite each document's
    annotations in its own transaction; a long document stored in segments is annotated segment
    by segment, as the build did. Returns the number of documents annotated."""
    nlp = load_pipeline(STAGES)
    stage_procs = [(name, proc) for name, proc in nlp.pipeline if name in STAGES]
    docs = store.documents()
    for n, stored in enumerate(docs, start=1):
        pieces = store.segment_parses(stored.id) or [(0, len(stored.text), store.parse_bytes(stored.id))]
        if any(blob is None for _, _, blob in pieces):
            continue

        def found(pieces=pieces, stored=stored):  # noqa: ANN001, ANN202 - one segment at a time
            sentence_base = 0
            anchor = anchor_date(stored.published, stored.published_source)
            for start, _, blob in pieces:
                doc = deserialise(blob, nlp.vocab)
                if Doc.has_extension("dct"):
                    doc._.dct = anchor  # None: the time stage infers the date itself
                for _, proc in stage_procs:
                    doc = proc(doc)
                sentences = sentence_offsets(doc)
                yield start, sentence_base, annotations(doc, sentences, anchor)
                sentence_base += len(sentences)

        store.replace_annotations(stored.id, found())
        if on_document:
            on_document(stored.path, len(docs))
    persist.update(store)  # the mentions were rewritten: the stored chronicle is computed again
    return len(docs)
