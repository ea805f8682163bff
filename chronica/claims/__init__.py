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

from chronica.claims.model import KINDS, SentenceClaim
from chronica.lazy import lazy_exports

__all__ = ["CHECKS", "FINDERS", "KINDS", "SentenceClaim", "conflict", "extract_claims", "load_rules"]

# imported on first use: the finders need spaCy, the rules their YAML data; the records (what
# the store and the read commands use) need neither
__getattr__ = lazy_exports(__name__, {"FINDERS": "chronica.claims.extract",
                                      "extract_claims": "chronica.claims.extract",
                                      "CHECKS": "chronica.claims.rules",
                                      "conflict": "chronica.claims.rules",
                                      "load_rules": "chronica.claims.rules"}, globals())
