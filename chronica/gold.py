"""How Chronica's evaluations compare text with a gold file: case, white space, curly quotes and
dashes folded, as ``../shared/eval/score.py`` does, so that cleaning may normalise them.

Public API: :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def fold(text: str | None) -> str:
    """Case, white space, curly quotes and dashes folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().lower()
