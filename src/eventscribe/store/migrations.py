"""Versioned schema migrations.

Each migration is a ``(version, name, function)``; the function receives a ``Connection``
inside the migration transaction. ``migrate`` applies the ones whose version is not yet in
``schema_migrations``, in order, and records each. It is idempotent and safe when several
processes open the same database at once: PostgreSQL takes an advisory lock, SQLite a write
lock (``BEGIN IMMEDIATE``), so one process migrates and the others then find nothing to do.

To change the schema, append a migration (``ALTER TABLE ...``, ``CREATE INDEX ...``) and
update ``schema.py`` to match; never edit one that has been released.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlalchemy as sa

from . import schema

Migration = tuple[int, str, Callable[[sa.Connection], None]]

# An arbitrary constant: the pg_advisory_xact_lock key that serialises migrations.
PG_MIGRATION_LOCK = 0x65766E74  # "evnt"


def _v1_initial(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn, tables=list(schema.TABLES_V1), checkfirst=True)


MIGRATIONS: list[Migration] = [
    (1, "initial schema: articles, mentions, errors, events, event_mentions", _v1_initial),
]


def applied_versions(conn: sa.Connection) -> set[int]:
    if not sa.inspect(conn).has_table("schema_migrations"):
        return set()
    return set(conn.execute(sa.select(schema.schema_migrations.c.version)).scalars())


def migrate(conn: sa.Connection) -> list[int]:
    """Apply pending migrations inside the caller's (write) transaction; the versions applied."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
    schema.schema_migrations.create(conn, checkfirst=True)
    done = applied_versions(conn)
    applied: list[int] = []
    for version, name, fn in MIGRATIONS:
        if version in done:
            continue
        fn(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=dt.datetime.now(dt.timezone.utc)))
        applied.append(version)
    return applied


def current_version(conn: sa.Connection) -> int:
    done = applied_versions(conn)
    return max(done) if done else 0


LATEST_VERSION = MIGRATIONS[-1][0]
