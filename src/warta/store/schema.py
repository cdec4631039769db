"""Versioned migrations: numbered .sql files in `migrations/`, applied in order, once each."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib import resources

from warta.store.backend import Backend

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped with warta, in order."""
    found = []
    for entry in resources.files("warta.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def current_version() -> int:
    """The schema version this warta writes."""
    return max(v for v, _, _ in migrations())


def statements(sql: str) -> list[str]:
    """Split a migration into statements: comments dropped, split at `;` ending a line."""
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in re.split(r";\s*$", body, flags=re.M) if s.strip()]


def applied_version(db: Backend) -> int:
    """The highest migration applied to this database (0 for an empty one)."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version "
               "(version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMP)")
    rows = db.query("SELECT max(version) FROM schema_version")
    return int(rows[0][0] or 0)


def migrate(db: Backend) -> int:
    """Apply the migrations this database lacks; return the version it is now at."""
    with db.lock:
        have = applied_version(db)
        for version, name, sql in migrations():
            if version <= have:
                continue
            with db.transaction():
                for stmt in statements(sql):
                    db.execute(stmt)
                db.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                           [version, name, datetime.now(UTC).replace(tzinfo=None)])
            have = version
        return have
