"""Quick erase (crypto-erase): after `erase_vault_keys` neither the passphrase nor the recovery
key opens anything, every place a key file may hide is covered, links are not followed, and a
backup with the recovery key still brings the data back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factories import make_person
from helpers import FAST_KDF, pw
from safecase.crypto import age
from safecase.domain.errors import VaultNotFound
from safecase.services import backup, restore
from safecase.services import vault as vault_service
from safecase.services.erase import EraseIncomplete, erase_vault_keys
from safecase.services.records import RecordsService
from safecase.storage.dir_swap import aside_path


def _keyfile_bytes(root: Path) -> bytes:
    return (root / "vault.keys").read_bytes()


def test_erase_destroys_keys_and_store(created_vault: tuple[Path, str]) -> None:
    root, recovery = created_vault
    report = erase_vault_keys(root)
    assert report.key_files_destroyed == 1 and report.store_files_removed >= 1
    assert sorted(p.name for p in root.iterdir()) == [".lock"]
    with pytest.raises(VaultNotFound):
        vault_service.unlock(root, pw())
    with pytest.raises(VaultNotFound):
        vault_service.unlock_with_recovery(root, recovery, pw("new one"), FAST_KDF)
    assert not vault_service.vault_exists(root)


def test_key_bytes_are_overwritten_in_place_before_unlink(
    created_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = created_vault[0]
    original = _keyfile_bytes(root)
    captured: dict[str, bytes] = {}
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        if self.name == "vault.keys":
            captured["before unlink"] = self.read_bytes()
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spy)
    erase_vault_keys(root, remove_store=False)
    after = captured["before unlink"]
    assert len(after) == len(original) and after != original
    assert b"passphrase_slot" not in after  # random bytes, not the JSON
    assert (root / "vault.db").exists()  # remove_store=False keeps it (useless without keys)


def test_every_hiding_place_of_a_key_file_is_erased(created_vault: tuple[Path, str]) -> None:
    root = created_vault[0]
    keyfile = _keyfile_bytes(root)
    for name in ("vault.keys.next", "vault.keys.partial", "vault.keys.next.partial"):
        (root / name).write_bytes(keyfile)
    aside = aside_path(root)
    aside.mkdir()
    (aside / "vault.keys").write_bytes(keyfile)
    staging = root.parent / ".safecase-restore-0123456789ab"
    staging.mkdir()
    (staging / "vault.keys").write_bytes(keyfile)
    report = erase_vault_keys(root)
    assert report.key_files_destroyed == 6
    assert not aside.exists() and not staging.exists()
    leftovers = [p for p in root.parent.rglob("*") if p.is_file() and p.read_bytes() == keyfile]
    assert leftovers == []


def test_a_planted_symlink_is_removed_not_followed(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    root = created_vault[0]
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    (root / "vault.keys.next").symlink_to(victim)
    erase_vault_keys(root)
    assert victim.read_bytes() == b"precious"
    assert not (root / "vault.keys.next").is_symlink()


def test_a_key_file_that_cannot_be_destroyed_is_reported_after_trying_the_others(
    created_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = created_vault[0]
    (root / "vault.keys.next").write_bytes(_keyfile_bytes(root))
    real_open = os.open

    def refuse(path: object, flags: int, *args: int, **kw: object) -> int:
        if str(path).endswith("vault.keys"):
            raise PermissionError(13, "denied")
        return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(EraseIncomplete) as info:
        erase_vault_keys(root)
    assert info.value.failed == 1
    assert not (root / "vault.keys.next").exists(), "the other key files were still destroyed"


def test_backup_and_recovery_key_bring_the_data_back(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    root, recovery = created_vault
    with vault_service.unlock(root, pw()) as vault:
        person = make_person(name="Айгерим Backupova")
        RecordsService(vault.conn).create(person)
        out = tmp_path / "b.age"
        backup.create_backup(vault, out, [age.X25519Identity.from_str(recovery).recipient])
    erase_vault_keys(root)
    target = tmp_path / "restored"
    restore.restore_to_new(
        out, [age.X25519Identity.from_str(recovery)], target, pw("a new passphrase"), kdf=FAST_KDF
    )
    with vault_service.unlock(target, pw("a new passphrase")) as vault:
        assert RecordsService(vault.conn).get(person.id).name == "Айгерим Backupova"  # type: ignore[attr-defined]
