"""The ferry story the page-shape tests wrap in furniture: three paragraphs of article text and
a document read from a raw text (every sentence written for the tests)."""

from __future__ import annotations

from chronica.ingest import document_from_text

P1 = ("The ferry company said on Tuesday that the night crossing would stop for the winter, after "
      "storms damaged the pier at the northern harbour twice in a month.")
P2 = ("Islanders said the change would leave them without a way to reach the hospital after dark, and "
      "the council asked the company to keep one late sailing until the pier was repaired.")
P3 = ("Engineers who inspected the pier found that three of the piles had cracked, and the harbour "
      "board said the repairs could not start before the spring tides.")


def doc_of(raw: str, fmt: str = "txt"):
    """The document a raw text of format ``fmt`` gives."""
    return document_from_text(f"a.{fmt}", fmt, raw)
