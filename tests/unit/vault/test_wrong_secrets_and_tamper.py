"""Wrong passphrases fail closed and change nothing; tampering is always detected."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from helpers import FAST_KDF, PASSPHRASE, flip_bit, pw, snapshot
from safecase.domain.errors import VaultDamaged, WrongPassphrase
from safecase.services import vault as vault_service

NEAR_MISSES = [
    PASSPHRASE.upper(),
    PASSPHRASE.capitalize(),
    PASSPHRASE + " ",
    " " + PASSPHRASE,
    PASSPHRASE + "\n",
    PASSPHRASE[:-1],
    PASSPHRASE.replace(" ", "  ", 1),
    "",
    "x" * 10_000,
    PASSPHRASE * 400,
]


@pytest.mark.parametrize("guess", NEAR_MISSES, ids=lambda g: repr(g[:20]) + f"/{len(g)}")
def test_near_misses_rejected_and_files_unchanged(
    created_vault: tuple[Path, str], guess: str
) -> None:
    root, _ = created_vault
    before = snapshot(root)
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(root, bytearray(guess.encode("utf-8")))
    assert snapshot(root) == before
    vault_service.unlock(root, pw()).close()


def test_unicode_forms_normalise_but_other_accents_do_not(vault_dir: Path) -> None:
    # NFC and NFD of the same words are the same passphrase typed on different systems (the
    # KDF input is NFC-normalised); a different accent is a different passphrase.
    nfc = unicodedata.normalize("NFC", "Ärzte ohne Grenzen café")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    from safecase.crypto.kdf import passphrase_bytes

    vault, _ = vault_service.create(vault_dir, passphrase_bytes(nfc), kdf=FAST_KDF)
    vault.close()
    before = snapshot(vault_dir)
    vault_service.unlock(vault_dir, passphrase_bytes(nfd)).close()
    for wrong in ("Arzte ohne Grenzen café", "Ärzte ohne Grenzen cafè", "Ärzte ohne Grenzen cafe"):
        with pytest.raises(WrongPassphrase):
            vault_service.unlock(vault_dir, passphrase_bytes(wrong))
    # Raw NFD bytes (a caller that forgot to normalise) do not open it either.
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(vault_dir, bytearray(nfd.encode("utf-8")))
    assert snapshot(vault_dir) == before


def _fill(root: Path) -> None:
    with vault_service.unlock(root, pw()) as vault:
        vault.conn.execute("CREATE TABLE filler(x TEXT)")
        vault.conn.executemany(
            "INSERT INTO filler VALUES (?)", [(f"row {i} " + "z" * 300,) for i in range(60)]
        )


def _detects(root: Path) -> bool:
    """True when the damage is reported: at unlock, or by the health check."""
    try:
        vault = vault_service.unlock(root, pw())
    except VaultDamaged:
        return True
    with vault:
        return not vault.health_check().healthy


def test_flipped_byte_anywhere_in_store_is_detected(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    _fill(root)
    db = root / "vault.db"
    pristine = db.read_bytes()
    page = 4096
    pages = len(pristine) // page
    rng = random.Random(1234)
    # Every page: the first bytes (salt on page 1), the middle, the IV and HMAC in the reserve.
    offsets = []
    for p in range(pages):
        base = p * page
        offsets += [
            base,
            base + 17,
            base + rng.randrange(page - 80),
            base + page - 80,
            base + page - 1,
        ]
    undetected = []
    for offset in offsets:
        db.write_bytes(pristine)
        flip_bit(db, offset, rng.randrange(8))
        if not _detects(root):
            undetected.append(offset)
    assert pages >= 4
    assert undetected == []


def test_flipped_byte_in_key_file_is_refused(created_vault: tuple[Path, str]) -> None:
    root, _ = created_vault
    keys = root / "vault.keys"
    pristine = keys.read_bytes()
    rng = random.Random(99)
    accepted = []
    for offset in range(len(pristine)):
        keys.write_bytes(pristine)
        flip_bit(keys, offset, rng.randrange(8))
        try:
            vault_service.unlock(root, pw()).close()
        except (VaultDamaged, WrongPassphrase):
            continue
        accepted.append(offset)
    keys.write_bytes(pristine)
    assert accepted == []
    vault_service.unlock(root, pw()).close()
