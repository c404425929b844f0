"""T14 — the configuration guard: SafeCase refuses to run on an unsafe storage configuration
rather than write case data in the clear. Refused with `UnsafeStorage`, and nothing plaintext
written: a SQLite library without SQLCipher (a plain sqlite3 connection, which ignores keys);
each hardening pragma that silently did not apply (temp_store=FILE, secure_delete off, a WAL
or in-memory journal, synchronous off, foreign keys off); a plaintext store file planted in a
vault. Pass: 0 unsafe configurations accepted."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from security_helpers import RecordSecurity

from helpers import FAST_KDF, pw, snapshot
from safecase.domain.errors import UnsafeStorage
from safecase.services import vault as vault_service
from safecase.storage import connection as dbconn

SQLITE_HEADER = b"SQLite format 3\x00"


class _PlainSqlite:
    """Stands in for the sqlcipher3 module: connect() returns the stdlib's plain SQLite."""

    DatabaseError = sqlite3.DatabaseError

    @staticmethod
    def connect(path: str, **kwargs: Any) -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=kwargs.get("isolation_level"))


def _plaintext_anywhere(directory: Path) -> list[Path]:
    return [
        p for p in directory.rglob("*") if p.is_file() and p.read_bytes().startswith(SQLITE_HEADER)
    ]


def test_t14_plain_sqlite_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, created_vault: tuple[Path, str],
    record_security: RecordSecurity,
) -> None:  # fmt: skip
    monkeypatch.setattr(dbconn, "sqlcipher", _PlainSqlite)
    refused = 0
    with pytest.raises(UnsafeStorage):
        vault_service.create(tmp_path / "new", pw(), kdf=FAST_KDF)
    refused += 1
    before = snapshot(created_vault[0])
    with pytest.raises(UnsafeStorage):
        vault_service.unlock(created_vault[0], pw())
    refused += 1
    assert snapshot(created_vault[0]) == before
    leaked = _plaintext_anywhere(tmp_path)
    record_security("T14", n=2, accepted=2 - refused, plaintext_files=len(leaked))
    assert leaked == []


UNSAFE_PRAGMAS = {
    "temp_store": ("PRAGMA temp_store = MEMORY", "PRAGMA temp_store = FILE"),
    "secure_delete": ("PRAGMA secure_delete = ON", "PRAGMA secure_delete = OFF"),
    "journal_mode=WAL": ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = WAL"),
    "journal_mode=MEMORY": ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = MEMORY"),
    "synchronous": ("PRAGMA synchronous = FULL", "PRAGMA synchronous = OFF"),
    "foreign_keys": ("PRAGMA foreign_keys = ON", "PRAGMA foreign_keys = OFF"),
}


@pytest.mark.parametrize("name", list(UNSAFE_PRAGMAS))
def test_t14_a_pragma_that_did_not_apply_is_refused(
    name: str, monkeypatch: pytest.MonkeyPatch, created_vault: tuple[Path, str],
    record_security: RecordSecurity,
) -> None:  # fmt: skip
    safe, unsafe = UNSAFE_PRAGMAS[name]
    pragmas = tuple(unsafe if p == safe else p for p in dbconn._HARDENING_PRAGMAS)
    assert pragmas != dbconn._HARDENING_PRAGMAS
    monkeypatch.setattr(dbconn, "_HARDENING_PRAGMAS", pragmas)
    accepted = 0
    try:
        vault_service.unlock(created_vault[0], pw()).close()
        accepted = 1
    except UnsafeStorage:
        pass
    record_security("T14", n=1, accepted=accepted, pragma=name)
    assert accepted == 0


def test_t14_a_plaintext_store_is_refused(
    created_vault: tuple[Path, str], record_security: RecordSecurity
) -> None:
    root = created_vault[0]
    db = root / "vault.db"
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE vault_meta(key TEXT, value TEXT)")
    plain.commit()
    plain.close()
    before = snapshot(root)
    accepted = 0
    try:
        vault_service.unlock(root, pw()).close()
        accepted = 1
    except UnsafeStorage:
        pass
    record_security("T14", n=1, accepted=accepted)
    assert accepted == 0
    assert snapshot(root) == before


def test_t14_the_running_library_is_sqlcipher(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    """The positive side: the library SafeCase runs on reports a cipher and writes no header."""
    vault, _ = vault_service.create(tmp_path / "v", pw(), kdf=FAST_KDF)
    with vault:
        version = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
        settings = {p: vault.conn.execute(f"PRAGMA {p}").fetchone()[0]
                    for p in ("temp_store", "secure_delete", "journal_mode", "synchronous")}  # fmt: skip
    record_security("T14", n=1, accepted=0)
    assert version
    assert settings == {
        "temp_store": 2,
        "secure_delete": 1,
        "journal_mode": "delete",
        "synchronous": 2,
    }
    assert _plaintext_anywhere(tmp_path) == []
