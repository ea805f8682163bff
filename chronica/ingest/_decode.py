"""Bytes to text: binary detection and encoding choice (UTF-8 with or without BOM, UTF-16 with a
BOM, UTF-8 with a few invalid bytes replaced by U+FFFD (counted: see :data:`UTF8_REPLACED`), then
charset-normalizer with a sanity check, then Windows-1252/Latin-1 as the last plausible
reading). Owns no file I/O: :mod:`chronica.ingest._load` reads the bytes.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from chronica.errors import IngestError

#: control characters that ordinary text does not hold (tab, newlines, form feed excluded).
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13} | {127}
_CONTROL_BYTES = [bytes([b]) for b in sorted(_CONTROL)]
#: non-ASCII characters an English or Western European text commonly holds.
_WESTERN = frozenset(
    "£€¥©®°±²³µ¶·¹º»«¼½¾¿×÷ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
    "–—‘’‚“”„†‡•…‰‹›™ŒœŠšŸŽž\u00a0"
)


def check_binary(data: bytes, path: str) -> None:
    """Raise 'binary' for NUL bytes or a high share of control characters."""
    sample = data[:65536]
    if b"\x00" in sample:
        raise IngestError(path, "binary", "NUL bytes")
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > max(8, len(sample) * 0.05):
        raise IngestError(path, "binary", f"{controls} control characters in the first {len(sample)} bytes")


def _sane(text: str) -> bool:
    """Few control or replacement characters: a reading a person could use."""
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) in _CONTROL) or c == "\ufffd" or 0x80 <= ord(c) < 0xA0)
    return bad <= len(text) * 0.001


#: non-ASCII letters that Western European words are spelled with. Left out: ÿ (0xFF, the
#: classic stray byte: a fill byte, an end-of-file marker read as text) and the ordinals ª º.
_WORD_LETTERS = frozenset(c for c in _WESTERN if c.isalpha()) - {"ÿ", "ª", "º", "µ"}
#: letters that are words on their own ("à la carte", Portuguese "é")
_LETTER_WORDS = frozenset("àé")
#: typographic marks a legacy Western text holds where a UTF-8 text would (quotes, dashes, £, µ)
_MARKS = frozenset(c for c in _WESTERN if not c.isalpha()) | {"µ", "ª", "º"}
#: the share of a single-byte reading's non-ASCII characters that must spell words or be marks
#: for the file to be taken as in that encoding: all of them in the legacy texts of the case
#: table (tests/test_ingest_decode.py), none for a stray byte; at a half, a legacy text with a
#: stray byte of its own still keeps its accents
LEGACY_WORD_SHARE = 0.5


def _forms_words(text: str) -> bool:
    """The non-ASCII characters of a single-byte reading are mostly (:data:`LEGACY_WORD_SHARE`)
    letters inside words ("café", "Zürich") or typographic marks (“ ” – £): the file is in that
    legacy encoding. A stray byte in ASCII text reads as a lone symbol or a ÿ, and is not."""
    high = good = 0
    for i, c in enumerate(text):
        if ord(c) <= 127:
            continue
        high += 1
        if c in _MARKS or (c in _WORD_LETTERS and (text[i - 1:i].isalpha()
                                                   or text[i + 1:i + 2].isalpha() or c in _LETTER_WORDS)):
            good += 1
    return good >= high * LEGACY_WORD_SHARE and (good > 0 or high == 0)


def _looks_western(text: str) -> bool:
    """Its non-ASCII characters are common Western ones (£, é, “) and stay a minority of the
    letters: a Cyrillic or Greek code page read as cp1252 is all accented letters."""
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return True
    letters = sum(c.isalpha() for c in text)
    accented = sum(c.isalpha() for c in extra)
    return sum(c in _WESTERN for c in extra) >= 0.9 * len(extra) and accented <= 0.3 * max(1, letters)


#: the encoding name of a UTF-8 reading in which invalid bytes were replaced by U+FFFD; the
#: build counts the replacement characters of such a document and warns about them.
UTF8_REPLACED = "utf-8 (invalid bytes replaced)"
#: the largest share of a text's characters that may be replacement characters for a UTF-8
#: reading to be taken: a stray byte or a truncated character in an article (one in a thousand
#: is typical of a file cut and pasted together) is replaced; a file where one character in ten
#: is undecodable is in another encoding, or is not text.
MAX_REPLACED_SHARE = 0.02


def replaced_count(text: str, data: bytes) -> int:
    """How many U+FFFD of a UTF-8 reading of ``data`` stand for invalid bytes (a U+FFFD the
    file itself encodes, EF BF BD, is not one)."""
    return text.count("\ufffd") - data.count(b"\xef\xbf\xbd")


#: the most runs of high bytes an ASCII text may hold for them to be read as stray bytes whatever
#: the text's length (:func:`_stray_runs_only`); a run is at most :data:`MAX_STRAY_RUN` bytes
MAX_STRAY_RUNS = 3
MAX_STRAY_RUN = 3
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _stray_runs_only(data: bytes) -> bool:
    """ASCII text whose few high bytes stand apart from its words: at most :data:`MAX_STRAY_RUNS`
    runs of at most :data:`MAX_STRAY_RUN` bytes, none touching an ASCII letter. A legacy text's
    accented letters sit inside words ("Plze\xf2", "caf\xe9") and a Cyrillic or Greek text's
    words are long runs; a character cut in two or a fill byte between words is neither, so a
    short brief with two such bytes is read as UTF-8 with replacements, not as a code page's
    symbols."""
    runs = list(_HIGH_RUN.finditer(data))
    return 0 < len(runs) <= MAX_STRAY_RUNS and all(
        len(m.group()) <= MAX_STRAY_RUN
        and not data[m.start() - 1:m.start()].isalpha() and not data[m.end():m.end() + 1].isalpha()
        for m in runs)


def _utf8_replaced(data: bytes, *, multibyte_needed: bool) -> str | None:
    """A UTF-8 reading with the few invalid bytes replaced, or None when it is not plausible:
    too many replacements (unless, in ASCII text, the bad bytes are a few stray runs:
    :func:`_stray_runs_only`), or (``multibyte_needed``) no valid multi-byte character at all,
    which is what a single-byte encoding looks like."""
    text = data.decode("utf-8", errors="replace")
    bad = replaced_count(text, data)
    if bad > max(1, len(text) * MAX_REPLACED_SHARE) and (multibyte_needed or not _stray_runs_only(data)):
        return None
    if multibyte_needed and not any(ord(c) > 127 and c != "\ufffd" for c in text):
        return None
    return text


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode file bytes to text; returns (text, encoding name). Raises 'binary' or 'undecodable'."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise IngestError(path, "undecodable", "UTF-8 BOM but invalid UTF-8") from None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), "utf-16"
            except UnicodeDecodeError:
                raise IngestError(path, "undecodable", "UTF-16 BOM but invalid UTF-16") from None
    check_binary(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # 1. UTF-8 with a few invalid bytes (a stray byte, a character cut in two): its other
    #    non-ASCII characters are valid UTF-8, which no single-byte text is by chance.
    utf8 = _utf8_replaced(data, multibyte_needed=True)
    if utf8 is not None:
        return utf8, UTF8_REPLACED
    # A Western single-byte reading first, if all its non-ASCII characters are ordinary ones
    # and spell words (charset-normalizer tends to pick a CJK or Central European code page for a
    # lone "£"); a stray byte in ASCII text spells none, and is replaced below.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _sane(western) and _looks_western(western) and _forms_words(western):
        return western, "cp1252"
    # 2. ASCII text with a few stray bytes that no Western code page reads as ordinary
    #    characters: replaced and counted, not guessed into another code page's mojibake.
    utf8 = _utf8_replaced(data, multibyte_needed=False)
    if utf8 is not None:
        return utf8, UTF8_REPLACED
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _sane(text):
            return text, best.encoding
    if western is not None and _sane(western):
        return western, "cp1252"
    latin = data.decode("latin-1")
    if _sane(latin):
        return latin, "latin-1"
    raise IngestError(path, "undecodable", "not UTF-8 and no plausible single encoding")
