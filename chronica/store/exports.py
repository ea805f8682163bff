"""Whether the export bytes a store holds were made by this code (migration 13), answered
without importing the chronicle: a build with nothing new asks it (chronica.build) and must stay
light (tests/test_lazy_imports.py)."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from chronica.store import Store

#: the modules and data whose code makes an event's exported record from its stored rows: the
#: stored records carry their fingerprint (:func:`export_fingerprint`), and records made by other
#: code are made again (an edit of the tier's tests or of the ontology changes what is exported)
EXPORT_SOURCES = ("chronica.chronicle", "chronica.chronicle.tier", "chronica.chronicle.credence",
                  "chronica.chronicle.stored", "chronica.chronicle.model", "chronica.events.model", "chronica.events.ontology",
                  "chronica.fastjson", "chronica.store.chronicle")
_PACKAGE = Path(__file__).resolve().parents[1]  # the chronica package's folder
ONTOLOGY_FILE = _PACKAGE / "events" / "data" / "ontology.yaml"
CREDENCE_FILE = _PACKAGE / "chronicle" / "data" / "credence.tsv"  # the credence's table


def _source(name: str) -> Path:
    """A module's source file, found from its name without importing it."""
    path = _PACKAGE.joinpath(*name.split(".")[1:])
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


@functools.cache
def export_fingerprint() -> str | None:
    """A digest of the code that makes an event's exported record (:data:`EXPORT_SOURCES`, the
    ontology file, orjson's version); None when a source cannot be read (nothing stored is used)."""
    digest = hashlib.sha1(orjson.__version__.encode())
    try:
        for path in [_source(name) for name in EXPORT_SOURCES] + [ONTOLOGY_FILE, CREDENCE_FILE]:
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def exports_current(store: Store) -> bool:
    """True when every event's and document's exported bytes are stored, made by this code."""
    return (store.export_version("events") == export_fingerprint() is not None
            and not store.chronicle.exports_missing() and store.timex_exports_current())
