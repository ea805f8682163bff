"""The SQLite store: schema, migrations and queries. See :class:`chronica.store.db.Store`."""

from chronica.store.db import Store, StoredDocument

__all__ = ["Store", "StoredDocument"]
