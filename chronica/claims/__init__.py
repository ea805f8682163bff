"""Claims: what each sentence asserts about a happening, a relationship or a person.

Public API::

    from chronica.claims import SentenceClaim, extract_claims, conflict, load_rules
    claims = extract_claims(doc, document_id=1)     # after the time, actor and event stages
    conflict(a, b)                                  # why two claims cannot both be true, or None

Modules: :mod:`~chronica.claims.model` (the record), :mod:`~chronica.claims.numbers` (figures as
intervals), :mod:`~chronica.claims.extract` (the finders), :mod:`~chronica.claims.rules` (the data
in ``data/claims.yaml`` and the named compatibility checks), :mod:`~chronica.claims.component`
(the spaCy component ``chronica_claims``).
"""

from chronica.claims.extract import FINDERS, extract_claims
from chronica.claims.model import KINDS, SentenceClaim
from chronica.claims.rules import CHECKS, conflict, load_rules

__all__ = ["CHECKS", "FINDERS", "KINDS", "SentenceClaim", "conflict", "extract_claims", "load_rules"]
