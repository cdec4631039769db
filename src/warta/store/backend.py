"""Database connections behind one small interface: DuckDB (a file) or PostgreSQL (a URL)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Row = tuple[Any, ...]


class StoreError(Exception):
    """The store cannot be opened or used: a one-line reason and a hint."""

    def __init__(self, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.reason, self.hint = reason, hint


class Backend:
    """One connection; SQL is written with `?` placeholders and only ever parameterised."""

    dialect = "base"

    def __init__(self) -> None:
        # One writer: every write and every PostgreSQL statement holds this lock, so the
        # API's worker threads never interleave on one connection.
        self.lock = threading.RLock()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of one SELECT."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement that returns nothing."""
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        """Append many rows to a table (inside the caller's transaction)."""
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        raise NotImplementedError
        yield

    def close(self) -> None:
        """Release the connection (and DuckDB's file lock)."""
        raise NotImplementedError


class DuckDBBackend(Backend):
    """A DuckDB file; readers use per-thread cursors, writers take the lock."""

    dialect = "duckdb"

    def __init__(self, path: str, read_only: bool = False) -> None:
        super().__init__()
        import duckdb

        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as err:
            raise StoreError(f"cannot open {path}: {str(err).splitlines()[0]}",
                             "another process (warta serve or ingest) holds the file; stop it, "
                             "or POST documents to the running server") from err
        self.path = path
        self.local = threading.local()
        self.cursors: list[Any] = []

    def _cursor(self) -> Any:
        # A DuckDB connection object is not safe across threads; a cursor per thread is.
        cur = getattr(self.local, "cursor", None)
        if cur is None:
            cur = self.local.cursor = self.con.cursor()
            with self.lock:
                self.cursors.append(cur)
        return cur

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self._cursor().execute(sql, list(params)).fetchall())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor().execute(sql, list(params))

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        if not rows:
            return
        import pyarrow as pa

        # Row-by-row executemany is slow in DuckDB; one Arrow table per batch is not.
        arrays = [pa.array([r[i] for r in rows]) for i in range(len(columns))]
        batch = pa.Table.from_arrays(arrays, names=list(columns))
        cur = self._cursor()
        cur.register("_warta_batch", batch)
        try:
            cols = ", ".join(columns)
            cur.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _warta_batch")
        finally:
            cur.unregister("_warta_batch")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.lock:
            cur = self._cursor()
            cur.execute("BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")

    def close(self) -> None:
        # The file lock goes only when every cursor (a connection of its own) is closed.
        for cur in self.cursors:
            cur.close()
        self.cursors.clear()
        self.con.close()


class PostgresBackend(Backend):
    """A PostgreSQL database reached by a postgresql:// URL (psycopg 3)."""

    dialect = "postgres"

    def __init__(self, url: str) -> None:
        super().__init__()
        import psycopg

        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as err:
            raise StoreError(f"cannot connect to PostgreSQL: {str(err).splitlines()[0]}",
                             "check the URL, and that the server is running") from err
        self.in_tx = False

    @staticmethod
    def _sql(sql: str) -> str:
        # Our SQL has no literal % (LIKE patterns are parameters), so this is safe.
        return sql.replace("?", "%s")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.lock, self.con.cursor() as cur:
            cur.execute(self._sql(sql), list(params))
            return list(cur.fetchall())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.lock, self.con.cursor() as cur:
            cur.execute(self._sql(sql), list(params))

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        marks = ", ".join(["%s"] * len(columns))
        with self.lock, self.con.cursor() as cur:
            cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.lock, self.con.transaction():
            yield

    def close(self) -> None:
        self.con.close()


def connect(target: str, read_only: bool = False) -> Backend:
    """A backend for a DuckDB path or a postgresql:// URL."""
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(target)
    return DuckDBBackend(target, read_only=read_only)
