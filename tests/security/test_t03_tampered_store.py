"""T3 — tampering with the store: one bit flipped in each page of a store of more than 1 MB, in
each region of the page (ciphertext, IV, HMAC), and in each byte of the salt, is always detected:
either unlocking fails with the typed `VaultDamaged` (the GUI then offers a restore) or the
health check fails. A flipped byte anywhere in the key file is refused with a typed error.

Also measured (reported, not a pass condition): how many tampered pages surface while using the
vault as an untyped SQLite error instead of `VaultDamaged` (see the security report's notes).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from security_helpers import RecordSecurity, counts

from factories import make_note, make_person
from helpers import FAST_KDF, flip_bit, pw
from safecase.domain import records as r
from safecase.domain.errors import SafeCaseError, VaultDamaged, WrongPassphrase
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
MIN_STORE_BYTES = 1024 * 1024


@pytest.fixture(scope="module")
def pristine_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("t03") / "vault"
    vault, _ = vault_service.create(root, pw(), kdf=FAST_KDF)
    with vault:
        records = RecordsService(vault.conn)
        rng = random.Random(3)
        for i in range(120):
            person = make_person(name=f"Человек {i} {rng.random()}", other_names=[],
                                 summary="Резюме " * 40)  # fmt: skip
            records.create(person)
            records.create(make_note(title=f"Заметка {i}", body="текст заметки " * 300,
                                     target_id=person.id))  # fmt: skip
    assert (root / "vault.db").stat().st_size >= MIN_STORE_BYTES
    return root


def _work_copy(pristine: Path, tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    shutil.copytree(pristine, root)
    return root


def _use_everything(vault: vault_service.OpenVault) -> None:
    records = RecordsService(vault.conn)
    for kind in r.RecordKind:
        for _ in records.all(kind):
            pass


def _outcome(root: Path) -> str:
    """'unlock' (typed refusal), 'health' (check failed), or 'undetected'."""
    try:
        vault = vault_service.unlock(root, pw())
    except VaultDamaged:
        return "unlock"
    with vault:
        if not vault.health_check().healthy:
            return "health"
        return "undetected"


def _in_use_error(root: Path) -> str:
    """What a caseworker's next action meets: 'typed', 'untyped' or 'none'."""
    try:
        with vault_service.unlock(root, pw()) as vault:
            _use_everything(vault)
    except SafeCaseError:
        return "typed"
    except Exception:
        return "untyped"
    return "none"


def _targets(pages: int, rng: random.Random, sample: int | None) -> list[tuple[str, int]]:
    chosen = range(pages) if sample is None else sorted(rng.sample(range(pages), sample))
    targets: list[tuple[str, int]] = []
    for page in chosen:
        base = page * PAGE
        start = 16 if page == 0 else 0  # page 1 begins with the salt
        targets += [
            ("ciphertext", base + rng.randrange(start, PAGE - RESERVE)),
            ("iv", base + PAGE - RESERVE + rng.randrange(16)),
            ("hmac", base + PAGE - RESERVE + 16 + rng.randrange(64)),
        ]
    salt = range(16) if sample is None else rng.sample(range(16), 4)
    targets += [("salt", offset) for offset in salt]
    return targets


@pytest.mark.parametrize("sample", counts(24, 0))
def test_t03_every_page_region_and_the_salt(
    pristine_vault: Path, tmp_path: Path, sample: int, record_security: RecordSecurity
) -> None:
    root = _work_copy(pristine_vault, tmp_path)
    db = root / "vault.db"
    pristine = db.read_bytes()
    pages = len(pristine) // PAGE
    rng = random.Random(pages)
    targets = _targets(pages, rng, sample or None)
    outcomes: dict[str, int] = {"unlock": 0, "health": 0, "undetected": 0}
    untyped_in_use = 0
    undetected: list[tuple[str, int]] = []
    for region, offset in targets:
        db.write_bytes(pristine)
        flip_bit(db, offset, rng.randrange(8))
        outcome = _outcome(root)
        outcomes[outcome] += 1
        if outcome == "undetected":
            undetected.append((region, offset))
        elif outcome == "health" and region == "ciphertext" and len(undetected) == 0:
            untyped_in_use += _in_use_error(root) == "untyped"
        for leftover in root.glob("vault.db-*"):
            leftover.unlink()
    db.write_bytes(pristine)
    record_security("T3", n=len(targets), pages=pages, store_bytes=len(pristine),
                    undetected=len(undetected), at_unlock=outcomes["unlock"],
                    by_health_check=outcomes["health"], untyped_in_use=untyped_in_use)  # fmt: skip
    assert len(pristine) >= MIN_STORE_BYTES
    assert undetected == []
    vault_service.unlock(root, pw()).close()


@pytest.mark.parametrize("step", counts(7, 1))
def test_t03_every_byte_of_the_key_file(
    pristine_vault: Path, tmp_path: Path, step: int, record_security: RecordSecurity
) -> None:
    root = _work_copy(pristine_vault, tmp_path)
    keys = root / "vault.keys"
    pristine = keys.read_bytes()
    rng = random.Random(99)
    accepted, untyped = [], []
    offsets = range(0, len(pristine), step)
    for offset in offsets:
        keys.write_bytes(pristine)
        flip_bit(keys, offset, rng.randrange(8))
        try:
            vault_service.unlock(root, pw()).close()
        except (VaultDamaged, WrongPassphrase):
            continue
        except Exception as exc:
            untyped.append((offset, type(exc).__name__))
            continue
        accepted.append(offset)
    keys.write_bytes(pristine)
    record_security(
        "T3", n=len(offsets), keyfile_accepted=len(accepted), keyfile_untyped=len(untyped)
    )
    assert accepted == [] and untyped == []
    vault_service.unlock(root, pw()).close()


def test_t03_finding_f4_damage_met_in_use_is_typed(pristine_vault: Path, tmp_path: Path) -> None:
    root = _work_copy(pristine_vault, tmp_path)
    db = root / "vault.db"
    pages = db.stat().st_size // PAGE
    flip_bit(db, (pages // 2) * PAGE + 100, 0)  # a page of record data, not page 1
    with vault_service.unlock(root, pw()) as vault, pytest.raises(VaultDamaged):
        _use_everything(vault)
