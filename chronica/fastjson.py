"""JSON in and out at C speed (orjson), meaning what the standard library means.

The read commands decode every stored record (events, mentions) and the export encodes the
whole store: with the standard library's pure-Python indenting encoder, encoding was 70 % of
``chronica export`` on the 10× synthetic BBC store (14 M pieces written one by one: 4.3 CPU-s;
orjson 0.4 s), and decoding the records a third of loading the chronicle.

Public API:

* :func:`loads` — ``json.loads`` for the store's records; a record orjson refuses (the
  ``Infinity`` or ``NaN`` Python writes) is read by ``json``. One difference: orjson reads an
  integer beyond 64 bits as a float (no record holds one: they hold offsets, counts, ids);
* :func:`dumps_indented` — UTF-8 bytes of ``json.dumps(obj, ensure_ascii=False, indent=2)``,
  which parse to the same value: orjson spells some floats otherwise (``0.00001`` for
  ``1e-05``: the same number) and writes a non-finite float as ``null`` (Python writes
  ``Infinity``, which is not JSON). What orjson cannot encode (a lone surrogate, an integer
  beyond 64 bits, a key that is not a string) is encoded by ``json``, non-ASCII characters
  escaped (a lone surrogate has no UTF-8 form);
* :func:`dumps_compact` — compact UTF-8 JSON (the web API's answers), with the same fallback;
* :func:`write_streamed` — an object whose values are lists or iterables, written as
  :func:`dumps_indented` writes it, one item at a time (an export need not hold all its
  records, nor their encoding, in memory);
* :func:`write_bytes` — UTF-8 bytes onto a text stream (through its binary buffer when it has
  one: no decoding and encoding again of a 150 MB export);
* :class:`Raw` — an item of :func:`write_streamed` already encoded and placed (bytes a store
  keeps), which it writes as they are.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

import orjson

#: the indent of :func:`dumps_indented` (orjson's only one: ``OPT_INDENT_2``)
INDENT = 2


#: what each newline of an item of :func:`write_streamed` is followed by: the item is in a list
#: (one level) in the object (another)
PLACED = b"\n" + b" " * (2 * INDENT)


def placed(data: bytes) -> bytes:
    """``data`` (a value encoded by :func:`dumps_indented`) as an item of :func:`write_streamed`
    writes it: each newline followed by two levels of indent."""
    return data.replace(b"\n", PLACED)


class Raw:
    """An item of :func:`write_streamed` already encoded and placed (:func:`placed`), in parts
    (bytes or memoryviews, written one after the other): it writes them instead of encoding."""

    __slots__ = ("parts",)

    def __init__(self, *parts: bytes | memoryview) -> None:
        self.parts = parts


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``, by orjson when it can read it."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def dumps_indented(obj: Any) -> bytes:
    """``obj`` as indented JSON (two spaces a level, keys in their order, no final newline)."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        return json.dumps(obj, indent=INDENT).encode("ascii")


def dumps_compact(obj: Any) -> bytes:
    """``obj`` as compact UTF-8 JSON (no spaces; what a web API sends)."""
    try:
        return orjson.dumps(obj)
    except orjson.JSONEncodeError:
        return json.dumps(obj, separators=(",", ":")).encode("ascii")


def byte_writer(out: TextIO) -> Callable[[bytes], Any]:
    """A function writing UTF-8 bytes on ``out``: straight to its buffer when it is a UTF-8 text
    stream over one (a file, stdout; what was written as text before is flushed first), else
    decoded and written as text."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        return buffer.write
    return lambda data: out.write(str(data, "utf-8"))


def write_bytes(out: TextIO, data: bytes) -> None:
    """Write UTF-8 ``data`` on ``out`` (see :func:`byte_writer`)."""
    byte_writer(out)(data)


def write_streamed(out: TextIO, parts: Mapping[str, Iterable[Any]]) -> None:
    """Write ``parts`` (each value a list or an iterable of JSON values) on ``out`` as
    ``dumps_indented(dict(parts with lists))`` plus a newline, item by item. An item may be a
    :class:`Raw`: its bytes are written for its encoding.

    orjson writes each item at level 0; inside the object's list it sits at level 2, so each of
    its newlines gets two levels (four spaces) more: a string holds no raw newline (JSON writes
    ``\\n``), so every newline in an item's encoding is the start of one of its lines."""
    write = byte_writer(out)
    inner = PLACED
    write(b"{")
    for k, (key, values) in enumerate(parts.items()):
        write((b"," if k else b"") + b"\n" + b" " * INDENT + orjson.dumps(key) + b": [")
        n = 0
        for value in values:
            if type(value) is Raw:
                write(b"," + inner if n else inner)
                for part in value.parts:
                    write(part)
            else:
                write((b"," if n else b"") + inner + dumps_indented(value).replace(b"\n", inner))
            n += 1
        write(b"\n" + b" " * INDENT + b"]" if n else b"]")
    write(b"\n}\n" if parts else b"}\n")
