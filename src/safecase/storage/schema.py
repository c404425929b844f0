"""Schema versions: numbered SQL files in `migrations/`, applied in order, tracked in user_version.

Before an existing store is migrated, the (still encrypted) file is copied aside, so a migration
that goes wrong can never cost the caseworker their records. A store from a newer SafeCase is
refused, never downgraded or "repaired".
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from safecase.domain.errors import SchemaTooNew
from safecase.storage.connection import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("safecase.storage").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration files must be numbered 0001, 0002, … without gaps")
    return found


def latest_version() -> int:
    return len(migrations())


def current_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def backup_path(db_path: Path, from_version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.pre-v{from_version}")


def discard_pre_migration_copies(db_path: Path) -> int:
    """Delete the copies taken before migrations. Called on purge and key rotation: a copy would
    keep purged records, under an old data key, for anyone holding an old key file."""
    removed = 0
    for copy in db_path.parent.glob(f"{db_path.name}.pre-v*"):
        copy.unlink()
        removed += 1
    return removed


def migrate(conn: Connection, db_path: Path | None, *, target: int | None = None) -> int:
    """Bring the store to the latest (or `target`) schema; returns the version it started from."""
    start = current_version(conn)
    latest = latest_version() if target is None else target
    if start > latest:
        raise SchemaTooNew(f"store schema {start} is newer than this SafeCase ({latest})")
    if start == latest:
        return start
    if start > 0 and db_path is not None:
        # Copy under a write lock so the copy is a consistent snapshot; it stays encrypted.
        conn.execute("BEGIN IMMEDIATE")
        try:
            shutil.copyfile(db_path, backup_path(db_path, start))
            backup_path(db_path, start).chmod(0o600)
        finally:
            conn.execute("ROLLBACK")
    for migration in migrations()[start:latest]:
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n"
            f"PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start


def schema_snapshot(conn: Connection) -> list[tuple[str, str, str]]:
    """Every schema object (type, name, normalised SQL), to compare two stores' schemas."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]
