"""Read models over the store: the documents as the chronicle sees them, and the chronicle itself
(event mentions merged across sources, disagreements), built from the stored event mentions."""

from __future__ import annotations

from chronica.chronicle import Chronicle, DocumentInfo, build_chronicle
from chronica.store.db import Store


def documents_info(store: Store, *, with_text: bool = False) -> list[DocumentInfo]:
    return [
        DocumentInfo(id=d.id, path=d.path, title=d.title, published=d.published,
                     text=d.text if with_text else None)
        for d in store.documents()
    ]


def load_chronicle(store: Store, *, with_text: bool = False) -> Chronicle:
    """Merge every stored event mention into the chronicle (deterministic: same store, same ids)."""
    return build_chronicle(store.event_mentions(), documents_info(store, with_text=with_text),
                           claims=store.claims())
