"""The spaCy component ``chronica_claims``: writes ``doc._.claims`` (a list of SentenceClaim).

It reads what the time, actor and event stages wrote (``doc._.timexes``, ``doc._.actors``,
``doc._.events``) and runs after them (see :mod:`chronica.claims.extract`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronica.claims.extract import extract_claims

EXTENSION = "claims"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)
if not Doc.has_extension("document_id"):
    Doc.set_extension("document_id", default=0)


class ClaimExtractor:
    """Callable pipeline component around :func:`extract_claims`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc, document_id=doc._.document_id or 0)
        return doc


@Language.factory("chronica_claims", requires=["doc._.timexes", "doc._.actors", "doc._.events"],
                  assigns=["doc._.claims"])
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    """Factory registered as ``chronica_claims``."""
    return ClaimExtractor(nlp, name)
