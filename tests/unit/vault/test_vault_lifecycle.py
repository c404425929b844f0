"""Create, unlock, lock, change passphrase, recover, rotate, replace recovery key, in use."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from helpers import FAST_KDF, pw
from safecase.domain.errors import (
    SchemaTooNew,
    UnsafeStorage,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from safecase.services import vault as vault_service
from safecase.storage.connection import SQLITE_PLAINTEXT_HEADER


def _insert(vault: vault_service.OpenVault, key: str, value: str) -> None:
    vault.conn.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)", (key, value))


def _value(vault: vault_service.OpenVault, key: str) -> str | None:
    row = vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def test_create_makes_private_encrypted_files(created_vault: tuple[Path, str]) -> None:
    root, recovery = created_vault
    assert recovery.startswith("AGE-SECRET-KEY-1")
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for name in ("vault.db", "vault.keys"):
        assert stat.S_IMODE((root / name).stat().st_mode) == 0o600
    assert (root / "vault.db").read_bytes()[:16] != SQLITE_PLAINTEXT_HEADER


def test_create_refuses_existing_vault(created_vault: tuple[Path, str]) -> None:
    with pytest.raises(VaultExists):
        vault_service.create(created_vault[0], pw(), kdf=FAST_KDF)


def test_unlock_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        vault_service.unlock(tmp_path / "nothing", pw())
    assert not (tmp_path / "nothing").exists(), "opening must never create a vault"


def test_data_survives_lock_and_unlock(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    with vault_service.unlock(root, pw()) as vault:
        _insert(vault, "k", "v")
    with vault_service.unlock(root, pw()) as vault:
        assert _value(vault, "k") == "v"


def test_lock_closes_store_and_zeroes_key(created_vault: tuple[Path, str]) -> None:
    vault = vault_service.unlock(created_vault[0], pw())
    key_buffer = vault._data_key
    vault.close()
    assert not vault.is_open
    assert key_buffer == bytearray(32)


def test_change_passphrase(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    with vault_service.unlock(root, pw()) as vault:
        vault.change_passphrase(pw("a new passphrase entirely"))
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(root, pw())
    vault_service.unlock(root, pw("a new passphrase entirely")).close()


def test_recover_sets_new_passphrase(created_vault: tuple[Path, str]) -> None:
    root, recovery = created_vault
    with vault_service.unlock(root, pw()) as vault:
        _insert(vault, "k", "kept")
    with vault_service.unlock_with_recovery(root, recovery.lower(), pw("after recovery")) as vault:
        assert _value(vault, "k") == "kept"
    vault_service.unlock(root, pw("after recovery")).close()
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(root, pw())


def test_wrong_recovery_key_is_refused(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    root, recovery = created_vault
    _, other = vault_service.create(tmp_path / "other", pw(), kdf=FAST_KDF)
    for bad in (
        other,
        "AGE-SECRET-KEY-1NOTAKEY",
        "",
        recovery[:-1] + ("Q" if recovery[-1] != "Q" else "P"),
    ):
        with pytest.raises(WrongRecoveryKey):
            vault_service.unlock_with_recovery(root, bad, pw("x y z w"))
    vault_service.unlock(root, pw()).close()


def test_rotate_data_key_revokes_old_key_file(created_vault: tuple[Path, str]) -> None:
    root, recovery = created_vault
    old_keys = (root / "vault.keys").read_bytes()
    with vault_service.unlock(root, pw()) as vault:
        _insert(vault, "k", "v")
        with pytest.raises(WrongPassphrase):
            vault.rotate_data_key(pw("not it"))
        vault.rotate_data_key(pw())
        assert _value(vault, "k") == "v"
    with vault_service.unlock(root, pw()) as vault:
        assert _value(vault, "k") == "v"
    # The recovery key still works: the slot was re-made from the public recipient.
    vault_service.unlock_with_recovery(root, recovery, pw()).close()
    # An old copy of the key file no longer opens the store.
    (root / "vault.keys").write_bytes(old_keys)
    with pytest.raises(Exception) as info:
        vault_service.unlock(root, pw())
    assert type(info.value).__name__ == "VaultDamaged"


def test_replace_recovery_key(created_vault: tuple[Path, str]) -> None:
    root, old = created_vault
    with vault_service.unlock(root, pw()) as vault:
        new = vault.replace_recovery_key()
        assert new != old
    with pytest.raises(WrongRecoveryKey):
        vault_service.unlock_with_recovery(root, old, pw())
    vault_service.unlock_with_recovery(root, new, pw()).close()


def test_second_opener_gets_vault_in_use(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    with vault_service.unlock(root, pw()), pytest.raises(VaultInUse):
        vault_service.unlock(root, pw())
    vault_service.unlock(root, pw()).close()


def test_newer_schema_refuses_to_open(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    with vault_service.unlock(root, pw()) as vault:
        vault.conn.execute("PRAGMA user_version = 999")
    before = (root / "vault.db").read_bytes()
    with pytest.raises(SchemaTooNew):
        vault_service.unlock(root, pw())
    assert (root / "vault.db").read_bytes() == before


def test_plaintext_store_is_refused(created_vault: tuple[Path, str]) -> None:
    import sqlite3

    root, _ = created_vault
    os.unlink(root / "vault.db")
    plain = sqlite3.connect(root / "vault.db")
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(UnsafeStorage):
        vault_service.unlock(root, pw())


def test_health_check_reports_healthy(open_vault: vault_service.OpenVault) -> None:
    report = open_vault.health_check()
    assert report.healthy
    assert {c.name for c in report.checks} == {"encryption", "structure", "links"}


def test_hardening_pragmas_apply(open_vault: vault_service.OpenVault) -> None:
    conn = open_vault.conn
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def _interrupt_rotation(root: Path, *, rekeyed: bool) -> bytes:
    """Leave the vault as a rotation killed before (or after) the store was rekeyed."""
    from safecase.crypto import keyslots
    from safecase.storage.connection import raw_key_literal
    from safecase.storage.files import atomic_write

    with vault_service.unlock(root, pw()) as vault:
        _insert(vault, "k", "v")
        new_key = keyslots.new_data_key()
        pending = vault._rewrap(new_key, pw(), None, vault.recovery_recipient).to_bytes()
        atomic_write(vault.paths.next_keys, pending)
        if rekeyed:
            vault.conn.reset_key(raw_key_literal(new_key))
    return pending


@pytest.mark.parametrize("rekeyed", [False, True], ids=["before-rekey", "after-rekey"])
def test_interrupted_rotation_is_finished_or_discarded(
    created_vault: tuple[Path, str], rekeyed: bool
) -> None:
    root, recovery = created_vault
    pending = _interrupt_rotation(root, rekeyed=rekeyed)
    with vault_service.unlock(root, pw()) as vault:
        assert _value(vault, "k") == "v"
    assert not (root / "vault.keys.next").exists()
    assert ((root / "vault.keys").read_bytes() == pending) is rekeyed
    vault_service.unlock_with_recovery(root, recovery, pw()).close()


def test_change_passphrase_with_wrong_current_changes_nothing(
    created_vault: tuple[Path, str],
) -> None:
    root, _ = created_vault
    before = (root / "vault.keys").read_bytes()
    with vault_service.unlock(root, pw()) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase(pw("new passphrase here"), current=pw("not the one"))
        vault.verify_passphrase(pw())
    assert (root / "vault.keys").read_bytes() == before


def test_services_keep_working_after_rotation(created_vault: tuple[Path, str]) -> None:
    from safecase.domain import records as r
    from safecase.services.records import RecordsService

    root, _ = created_vault
    with vault_service.unlock(root, pw()) as vault:
        records = RecordsService(vault.conn)
        records.create(r.Note("before"))
        vault.rotate_data_key(pw())
        records.create(r.Note("after"))
        assert {n.title for n in records.all(r.RecordKind.NOTE)} == {"before", "after"}


def test_connection_is_shared_safely_between_threads(created_vault: tuple[Path, str]) -> None:
    import threading

    from safecase.domain import records as r
    from safecase.services.records import RecordsService

    root, _ = created_vault
    with vault_service.unlock(root, pw()) as vault:
        records = RecordsService(vault.conn)
        errors: list[BaseException] = []

        def writer(tag: str) -> None:
            try:
                for i in range(40):
                    records.create(r.Note(f"{tag} {i}"))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(t,)) for t in "abc"]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert records.count(r.RecordKind.NOTE) == 120
