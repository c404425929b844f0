"""Schema migrations: numbered files, user_version, a copy before migrating, newer refused."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import FAST_KDF, pw
from safecase.crypto import keyslots
from safecase.services import vault as vault_service
from safecase.storage import connection as dbconn
from safecase.storage.schema import (
    backup_path,
    current_version,
    latest_version,
    migrate,
    migrations,
    schema_snapshot,
)


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert latest_version() >= 2


def test_each_migration_applies_in_order_to_the_same_schema_as_all_at_once(tmp_path: Path) -> None:
    key = os.urandom(32)
    stepwise = dbconn.open_encrypted(tmp_path / "a.db", key, create=True)
    for version in range(1, latest_version() + 1):
        migrate(stepwise, None, target=version)
        assert current_version(stepwise) == version
    fresh = dbconn.open_encrypted(tmp_path / "b.db", key, create=True)
    migrate(fresh, None)
    assert schema_snapshot(stepwise) == schema_snapshot(fresh)


def test_old_vault_upgrades_and_keeps_a_copy(tmp_path: Path) -> None:
    """A vault from schema 1 (the first release) opens, upgrades, and keeps its old copy."""
    vault, _ = vault_service.create(tmp_path / "v", pw(), kdf=FAST_KDF)
    key = bytes(vault.data_key_copy())
    db = vault.paths.db
    vault.close()
    # Rebuild the store as schema 1 would have left it.
    os.unlink(db)
    conn = dbconn.open_encrypted(db, key, create=True)
    migrate(conn, None, target=1)
    keyfile = keyslots.parse((tmp_path / "v" / "vault.keys").read_bytes())
    conn.execute(
        "INSERT INTO vault_meta VALUES ('vault_id', ?), ('created_at', '2026-01-01')",
        (keyfile.vault_id,),
    )
    conn.close()
    with vault_service.unlock(tmp_path / "v", pw()) as upgraded:
        assert current_version(upgraded.conn) == latest_version()
    copy = backup_path(db, 1)
    assert copy.exists()
    assert (copy.stat().st_mode & 0o777) == 0o600
    old = dbconn.open_encrypted(copy, key)
    assert current_version(old) == 1
    old.close()
