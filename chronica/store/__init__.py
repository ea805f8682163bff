"""The store: schema, migrations and queries, in one SQLite file or a PostgreSQL database (the
same SQL through :mod:`chronica.store.dialect`). See :class:`chronica.store.db.Store`."""

from chronica.store.db import Store, StoredDocument

__all__ = ["Store", "StoredDocument"]
