"""Ingestion: files -> :class:`Document` (clean article text, metadata, offsets back to the file).

Public API: :func:`discover` (which files), :func:`load` (one file -> documents), :func:`clean_text`
(boilerplate removal on its own) and the metadata helpers load uses. Modules:
``_discover`` (walking folders), ``_decode`` (bytes -> text), ``_units`` (segmentation with exact
offsets), ``_lexicon`` (boilerplate phrases), ``_credits`` (the shapes of bylines, wire credit lines and
photo credits), ``_clean`` (what is article, what is page),
``_metadata`` (header, title, byline, dateline, dates, dates in addresses), ``_load`` (per-format
reading), ``evaluate`` (the cleaning yardstick behind ``chronica eval clean``).
"""

from __future__ import annotations

from chronica.ingest._clean import CleanResult, clean_text
from chronica.ingest._decode import decode
from chronica.ingest._discover import SUPPORTED_EXTENSIONS, discover
from chronica.ingest._load import DEFAULT_MAX_BYTES, document_from_text, load
from chronica.ingest._metadata import (
    byline,
    date_line,
    dateline,
    looks_like_name,
    normalise_date,
    parse_header,
    strip_chapter_number,
)
from chronica.ingest.document import Document, content_hash, fold_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "CleanResult",
    "Document",
    "byline",
    "clean_text",
    "content_hash",
    "date_line",
    "dateline",
    "decode",
    "discover",
    "document_from_text",
    "fold_text",
    "load",
    "looks_like_name",
    "normalise_date",
    "parse_header",
    "strip_chapter_number",
]
