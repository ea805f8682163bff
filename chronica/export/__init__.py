"""Exports of the store: the contract JSON (``../shared/eval/CONTRACT.md``), JSON Lines and CSV.

All formats are built from one internal representation, :func:`chronicle_dict`.
"""

from chronica.export.formats import FORMATS, chronicle_dict, export

__all__ = ["FORMATS", "chronicle_dict", "export"]
