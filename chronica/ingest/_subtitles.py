"""Subtitle files (SubRip ``.srt``, WebVTT ``.vtt``, or either saved as ``.txt``) read by their cue
structure: a cue is a block of an optional number, a ``start --> end`` timing line and the lines
shown on screen. The reader gives the transcript the cues make, not the file's lines.

- Cue numbers and timings are structure, never text.
- A cue that only describes a sound ("[wind blowing]", "(music swells)", "♪ ... ♪") is an
  annotation for the deaf and hard of hearing, not speech: it is removed (kept for audit) and ends
  the paragraph.
- A cue crediting the subtitles' makers ("Subtitles by …") is removed (kept for audit).
- The title card: before anyone speaks, a cue in capitals with no sentence punctuation is the
  programme's title shown on screen; it becomes the title and leaves the transcript.
- The lines of a cue, and the cues of one speaker that follow each other, run on as one paragraph
  (a sentence often spans two cues); a speaker label, a dialogue dash ("- Not yet.") ("NARRATOR:", "HISTORIAN (Place):") or a
  pause of ``PARAGRAPH_PAUSE`` seconds starts a new paragraph.

Public API: :func:`is_subtitles`, :func:`read_subtitles` (returns :class:`Transcript`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})(?:\s+.*)?$"
)
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_VTT_HEADER = re.compile(r"^\ufeff?WEBVTT\b")
#: a whole cue that describes a sound or music rather than saying something
_SOUND = re.compile(r"^\s*(?:\[[^\]]{1,60}\]|\([^)]{1,60}\)|[♪♫#][^.?!]{0,80}[♪♫#]?|[♪♫]+)\s*$")
#: a speaker label at the start of a cue: "NARRATOR:", "HISTORIAN (Santiago):", "- JOHN:"
_SPEAKER = re.compile(r"^\s*-?\s*[A-Z][A-Z.'’ -]{1,30}(?:\s*\([^)]{1,40}\))?\s*:\s")
#: "- " opening a cue: a new speaker's turn
_DIALOGUE_DASH = re.compile(r"^\s*[-–—]\s+")
_SENTENCE_END = re.compile(r"[.!?…\"”']\s*$")
#: a whole cue crediting who made the subtitles: "Subtitles by …", "Captioning by …", "Sync and
#: corrections by …", "Subtitles: …" (never speech: no one says it on screen)
_SUBTITLE_CREDIT = re.compile(
    r"^\s*(?:(?:english|closed)\s+)?(?:subtit\w*|caption\w*|transcri\w*|sync\w*(?:\s+(?:and|&)\s+correct\w*)?|"
    r"translat\w*|timing)(?:\s+\w+){0,3}\s*(?:\bby\b|:)\s*\S.{0,60}$",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"</?(?:i|b|u|font|c|v)(?:[ .][^>]*)?>|\{\\[^}]*\}")
#: a pause between two cues (seconds) that ends the paragraph
PARAGRAPH_PAUSE = 2.0
#: the fewest cues a subtitle file has
MIN_CUES = 3
TITLE_MAX_WORDS = 10


@dataclass
class Cue:
    start: float
    end: float
    text: str


@dataclass
class Transcript:
    """What a subtitle file says: the transcript text (paragraphs separated by blank lines), the
    title card when there is one, and what was removed as (kind, text) pairs."""

    text: str
    title: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: the lines of a WebVTT file's NOTE blocks: its makers' comments, never shown ("First broadcast: 9
    #: February 2020", "Producer: …"); the loader reads the particulars a labelled line gives
    notes: list[str] = field(default_factory=list)


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def _blocks(text: str) -> list[list[str]]:
    return [[ln.rstrip() for ln in b.strip("\n").split("\n")] for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if b.strip()]


def _cue(block: list[str]) -> Cue | None:
    lines = list(block)
    if lines and _CUE_NUMBER.match(lines[0]) and len(lines) > 1:
        lines = lines[1:]
    elif lines and len(lines) > 1 and not _TIMING.match(lines[0]) and _TIMING.match(lines[1]):
        lines = lines[1:]  # a WebVTT cue identifier
    if not lines or not (m := _TIMING.match(lines[0])):
        return None
    said = " ".join(_MARKUP.sub("", ln).strip() for ln in lines[1:] if ln.strip())
    return Cue(_seconds(m["start"]), _seconds(m["end"]), re.sub(r"\s+", " ", said).strip())


def cues(text: str) -> list[Cue] | None:
    """The cues of a subtitle file, or None when the text is not one (fewer than ``MIN_CUES`` cues,
    or any block besides a WebVTT header or NOTE that is not a cue)."""
    out: list[Cue] = []
    for block in _blocks(text):
        cue = _cue(block)
        if cue is None:
            if not out and _VTT_HEADER.match(block[0]) or block[0].startswith(("NOTE", "STYLE", "REGION")):
                continue
            return None
        out.append(cue)
    return out if len(out) >= MIN_CUES else None


def is_subtitles(text: str) -> bool:
    """True when the text is made of subtitle cues (number, timing, lines) and nothing else."""
    head = text.lstrip("\ufeff \t\r\n")[:400]
    if "-->" not in head:
        return False
    return cues(text) is not None


def _is_title_card(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= TITLE_MAX_WORDS and text == text.upper() and any(c.isalpha() for c in text)
            and not _SENTENCE_END.search(text) and not _SPEAKER.match(text + " "))


def read_subtitles(text: str) -> Transcript | None:
    """The transcript of a subtitle file (None when the text is not one)."""
    found = cues(text)
    if found is None:
        return None
    out = Transcript(text="")
    for block in _blocks(text):
        if block[0].startswith("NOTE") and not _TIMING.match(block[0]):
            out.notes.extend(ln.strip() for ln in [block[0][4:], *block[1:]] if ln.strip())
    paragraphs: list[list[str]] = []
    spoken = False
    last_end: float | None = None
    for cue in found:
        if not cue.text:
            continue
        if _SOUND.match(cue.text):
            out.removed.append(("sound", cue.text))
            last_end = None  # the next cue opens a paragraph
            continue
        if len(cue.text.split()) <= TITLE_MAX_WORDS + 2 and _SUBTITLE_CREDIT.match(cue.text):
            out.removed.append(("subtitle credit", cue.text))
            last_end = None
            continue
        if not spoken and out.title is None and _is_title_card(cue.text):
            out.title = cue.text
            out.removed.append(("title card", cue.text))
            last_end = None
            continue
        spoken = True
        turn = _DIALOGUE_DASH.match(cue.text)
        if turn:
            cue.text = cue.text[turn.end():]
        new = (last_end is None or turn is not None or _SPEAKER.match(cue.text) is not None
               or (cue.start - last_end >= PARAGRAPH_PAUSE and paragraphs and _SENTENCE_END.search(paragraphs[-1][-1])))
        if new or not paragraphs:
            paragraphs.append([cue.text])
        else:
            paragraphs[-1].append(cue.text)
        last_end = cue.end
    out.text = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    return out
