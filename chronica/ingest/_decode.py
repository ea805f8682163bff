"""Bytes to text: binary detection and encoding choice (UTF-8 with or without BOM, UTF-16 with a
BOM, then charset-normalizer with a sanity check, then Windows-1252/Latin-1 as the last plausible
reading). Owns no file I/O: :mod:`chronica.ingest._load` reads the bytes.
"""

from __future__ import annotations

import codecs

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


def _looks_western(text: str) -> bool:
    """Its non-ASCII characters are common Western ones (£, é, “) and stay a minority of the
    letters: a Cyrillic or Greek code page read as cp1252 is all accented letters."""
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return True
    letters = sum(c.isalpha() for c in text)
    accented = sum(c.isalpha() for c in extra)
    return sum(c in _WESTERN for c in extra) >= 0.9 * len(extra) and accented <= 0.3 * max(1, letters)


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
    # A Western single-byte reading first, if all its non-ASCII characters are ordinary ones
    # (charset-normalizer tends to pick a CJK or Central European code page for a lone "£").
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _sane(western) and _looks_western(western):
        return western, "cp1252"
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
