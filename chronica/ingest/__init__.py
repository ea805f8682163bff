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

from chronica.lazy import lazy_exports

#: each public name and its module, imported when the name is first used: the store needs the
#: :class:`Document` record without the cleaning machinery (trafilatura, the boilerplate lexicon)
_EXPORTS = {
    "CleanResult": "chronica.ingest._clean", "clean_text": "chronica.ingest._clean",
    "decode": "chronica.ingest._decode",
    "SUPPORTED_EXTENSIONS": "chronica.ingest._discover", "discover": "chronica.ingest._discover",
    "DEFAULT_MAX_BYTES": "chronica.ingest._load", "document_from_text": "chronica.ingest._load",
    "load": "chronica.ingest._load",
    "byline": "chronica.ingest._metadata", "date_line": "chronica.ingest._metadata",
    "dateline": "chronica.ingest._metadata", "looks_like_name": "chronica.ingest._metadata",
    "normalise_date": "chronica.ingest._metadata", "parse_header": "chronica.ingest._metadata",
    "strip_chapter_number": "chronica.ingest._metadata",
    "Document": "chronica.ingest.document", "content_hash": "chronica.ingest.document",
    "fold_text": "chronica.ingest.document",
}

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


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())  # PEP 562: imported on first use
