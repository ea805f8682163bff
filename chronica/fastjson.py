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
* :func:`write_bytes` — UTF-8 bytes onto a text stream (through its binary buffer when it has
  one: no decoding and encoding again of a 150 MB export).
"""

from __future__ import annotations

import codecs
import json
from typing import Any, TextIO

import orjson

#: the indent of :func:`dumps_indented` (orjson's only one: ``OPT_INDENT_2``)
INDENT = 2


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


def write_bytes(out: TextIO, data: bytes) -> None:
    """Write UTF-8 ``data`` on ``out``: straight to its buffer when it is a UTF-8 text stream
    over one (a file, stdout), else decoded."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        out.write(data.decode("utf-8"))
