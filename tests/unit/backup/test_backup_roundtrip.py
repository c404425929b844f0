"""Round trip: every record kind, link, history entry, bin item and attachment survives."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from factories import Filled
from helpers import FAST_KDF, pw, snapshot
from safecase.domain import records as r
from safecase.domain.errors import VaultExists, WrongPassphrase
from safecase.services import backup, restore
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService


def _everything(root: Path, passphrase: bytearray) -> dict[str, object]:
    with vault_service.unlock(root, passphrase) as vault:
        records = RecordsService(vault.conn)
        out: dict[str, object] = {}
        for kind in r.RecordKind:
            for record in records._repo.iter_kind(kind, include_deleted=True):
                out[record.id] = (record, records.history(record.id))
                if kind is r.RecordKind.ATTACHMENT:
                    out[record.id + ":bytes"] = records.attachment_bytes(record.id)
        out["links"] = sorted(records.all_links(), key=lambda lk: (lk.from_id, lk.to_id))
        out["bin"] = records.recycle_bin()
        return out


def test_round_trip_to_new_vault(filled: Filled, backup_file: Path, tmp_path: Path) -> None:
    report, recovery = restore.restore_to_new(
        backup_file, [filled.recovery], tmp_path / "restored", pw("new one"), kdf=FAST_KDF
    )
    assert report.counts["attachment"] == 1
    assert report.counts["recycle_bin"] == 1
    assert recovery.startswith("AGE-SECRET-KEY-1")
    assert _everything(tmp_path / "restored", pw("new one")) == _everything(filled.root, pw())
    assert stat.S_IMODE((tmp_path / "restored").stat().st_mode) == 0o700


def test_backup_file_is_private_and_leaves_no_partial(backup_file: Path) -> None:
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600
    assert [p.name for p in backup_file.parent.iterdir()] == [backup_file.name]


def test_passphrase_backup_round_trip(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "pw.age"
    with vault_service.unlock(filled.root, pw()) as vault:
        backup.create_backup(vault, out, [backup.passphrase_recipient(b"backup words", 10)])
    report = backup.verify_backup(out, [backup.passphrase_identity(b"backup words")])
    assert report.counts["person"] == 1
    with pytest.raises(WrongPassphrase.__mro__[1]):  # WrongSecret
        backup.verify_backup(out, [backup.passphrase_identity(b"backup word")])


def test_verify_touches_no_vault(filled: Filled, backup_file: Path) -> None:
    before = snapshot(filled.root)
    backup.verify_backup(backup_file, [filled.recovery])
    assert snapshot(filled.root) == before


def test_restore_refuses_non_empty_target(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "something").write_text("mine")
    with pytest.raises(VaultExists):
        restore.restore_to_new(backup_file, [filled.recovery], target, pw(), kdf=FAST_KDF)
    assert [p.name for p in target.iterdir()] == ["something"]


def test_replace_swaps_and_drops_old_copy(filled: Filled, backup_file: Path) -> None:
    with vault_service.unlock(filled.root, pw()) as vault:
        RecordsService(vault.conn).create(r.Note(title="written after the backup"))
    restore.restore_replacing(
        backup_file, [filled.recovery], filled.root, pw("after"), kdf=FAST_KDF
    )
    with vault_service.unlock(filled.root, pw("after")) as vault:
        titles = {n.title for n in RecordsService(vault.conn).all(r.RecordKind.NOTE)}
    assert "written after the backup" not in titles
    assert not list(filled.root.parent.glob(".*safecase*"))
