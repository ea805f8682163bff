"""The PostgreSQL backend: a connection that runs the store's SQL (through
:mod:`chronica.store.dialect`), its migrations and checks, and its write lock.

:class:`Connection` offers what the store uses of ``sqlite3.Connection`` — ``execute``,
``executemany``, rows read by name or position, ``lastrowid`` — so the store's queries are
written once. Errors come out as the DB-API classes of the :mod:`sqlite3` module
(``IntegrityError``, ``OperationalError``, ``DatabaseError``) for either backend, so a caller
catches one family (a build that loses a race for the same text to another build sees the
same ``IntegrityError``).

Where SQLite keeps ``PRAGMA application_id`` and ``user_version``, a PostgreSQL store keeps a
table ``chronica_meta`` (``application`` = ``chronica``, ``schema_version``). Writers serialise
on a transaction-level advisory lock (:data:`LOCK_KEY`), as SQLite's ``BEGIN IMMEDIATE`` does:
two builds on one store interleave document by document; readers never wait.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from chronica.errors import StoreError
from chronica.store import dialect

#: the URL schemes of a PostgreSQL store (as libpq accepts them)
SCHEMES = ("postgresql://", "postgres://")
#: the advisory lock every writer holds for its transaction ("CHRN" in ASCII, as SQLite's id)
LOCK_KEY = 0x4348524E
APPLICATION = "chronica"
#: how long a statement waits for another writer's lock before failing, in milliseconds
LOCK_TIMEOUT_MS = 600_000


def is_url(location: object) -> bool:
    """True when ``location`` (a ``--db`` value) names a PostgreSQL database."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def display(url: str) -> str:
    """``url`` with its password hidden, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _psycopg():  # noqa: ANN202
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'chronica[postgres]'") from exc
    return psycopg


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return re.sub(r"^connection failed: ", "", text) or type(exc).__name__


def _mapped(exc: Exception) -> sqlite3.Error:
    """A psycopg error as the DB-API class of :mod:`sqlite3` a store caller catches."""
    psycopg = _psycopg()
    message = _one_line(exc)
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(message)
    if isinstance(exc, (psycopg.OperationalError, psycopg.errors.ReadOnlySqlTransaction,
                        psycopg.errors.InsufficientPrivilege)):
        return sqlite3.OperationalError(message)
    if isinstance(exc, psycopg.ProgrammingError):
        return sqlite3.ProgrammingError(message)
    return sqlite3.DatabaseError(message)


class Row(tuple):
    """A result row read by position or by column name, like ``sqlite3.Row``."""

    _index: dict[str, int] = {}

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):  # noqa: ANN001, ANN202
    names = [c.name for c in cursor.description or ()]
    cls = type("Row", (Row,), {"_index": {n: i for i, n in enumerate(names)}})
    return lambda values: cls(values)


class Result:
    """A statement's result: iterate it or fetch rows; ``lastrowid`` after an INSERT into a
    table the database numbers."""

    def __init__(self, cursor, lastrowid: int | None = None) -> None:  # noqa: ANN001
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self):  # noqa: ANN201
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator:
        return iter(self.fetchall())


_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)


class Connection:
    """One psycopg connection (autocommit; :meth:`transaction` for atomic writes) speaking the
    store's SQLite SQL."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        psycopg = _psycopg()
        self.url = url
        try:
            self.raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the store {display(url)}: {_one_line(exc)}") from None
        self.raw.row_factory = _row_factory
        self.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        if readonly:
            self.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def execute(self, sql: str, params: Iterable = ()) -> Result:
        text, has_params = dialect.statement(sql)
        returning = False
        m = _INSERT_INTO.match(text)
        if m and m.group(1) in dialect.identity_tables() and "RETURNING" not in text.upper():
            text += " RETURNING id"
            returning = True
        try:
            cur = self.raw.execute(text, tuple(params) if has_params else None)
            lastrowid = int(cur.fetchone()[0]) if returning else None
        except _psycopg().Error as exc:
            raise _mapped(exc) from None
        return Result(cur, lastrowid)

    def executemany(self, sql: str, rows: Iterable) -> None:
        text, _ = dialect.statement(sql)
        rows = list(rows)
        if not rows:
            return
        try:
            with self.raw.cursor() as cur:
                cur.executemany(text, rows)
        except _psycopg().Error as exc:
            raise _mapped(exc) from None

    @contextmanager
    def transaction(self) -> Iterator["Connection"]:
        """One transaction holding the writers' advisory lock: rolled back on any exception."""
        try:
            with self.raw.transaction():
                self.execute(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
                yield self
        except _psycopg().Error as exc:  # the COMMIT itself failed
            raise _mapped(exc) from None

    def close(self) -> None:
        self.raw.close()

    # -- what a Chronica store is ---------------------------------------------------------------
    def tables(self) -> set[str]:
        return {r[0] for r in self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}

    def meta(self) -> dict[str, str]:
        if "chronica_meta" not in self.tables():
            return {}
        return {r[0]: r[1] for r in self.execute("SELECT key, value FROM chronica_meta")}

    def version(self) -> int:
        return int(self.meta().get("schema_version", 0))


def check(conn: Connection, *, create: bool) -> int:
    """The schema version of the Chronica store ``conn`` is connected to (0: an empty database
    a store may be made in).

    :raises StoreError: another program's database, a store written by a newer Chronica, or
        (``create`` False) no store yet.
    """
    from chronica.store.schema import MIGRATIONS

    where = display(conn.url)
    tables = conn.tables()
    meta = conn.meta()
    if meta.get("application") != APPLICATION:
        if tables:
            raise StoreError(f"{where} is not a Chronica store (a PostgreSQL database of another program)")
        if not create:
            raise StoreError(f"no store at {where}; run `chronica build PATH --db {where}` first")
        return 0
    version = int(meta.get("schema_version", 0))
    if version > len(MIGRATIONS):
        raise StoreError(f"{where} was written by a newer Chronica (schema {version}); upgrade Chronica")
    return version


#: what a PostgreSQL store has before migration 1: SQLite's functions the store's SQL calls with
#: PostgreSQL's types (``substr`` of 64-bit offsets: SQLite integers are 64-bit, columns BIGINT)
BOOTSTRAP = (
    "CREATE FUNCTION substr(text, bigint, bigint) RETURNS text LANGUAGE SQL IMMUTABLE"
    " PARALLEL SAFE AS 'SELECT pg_catalog.substr($1, $2::integer, $3::integer)'",
)


def migrate(conn: Connection) -> None:
    """Bring the schema up to date under the writers' lock: a second process opening a new
    store at the same moment waits, then finds the schema made and does nothing."""
    from chronica.store.schema import MIGRATIONS

    with conn.transaction():
        version = check(conn, create=True)
        if version == 0:
            conn.execute("CREATE TABLE chronica_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("INSERT INTO chronica_meta (key, value) VALUES ('application', ?)", (APPLICATION,))
            conn.execute("INSERT INTO chronica_meta (key, value) VALUES ('schema_version', '0')")
            for sql in BOOTSTRAP:
                conn.raw.execute(sql)
        for number in range(version + 1, len(MIGRATIONS) + 1):
            for sql in dialect.migration(number):
                try:
                    conn.raw.execute(sql)
                except _psycopg().Error as exc:
                    raise StoreError(f"migration {number} failed on {display(conn.url)}: {_one_line(exc)}") from None
            conn.execute("UPDATE chronica_meta SET value = ? WHERE key = 'schema_version'", (str(number),))
