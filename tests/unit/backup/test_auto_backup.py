"""Automatic backups: schedule, neutral names, verification without prompts, keep-last-N."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from factories import Filled
from helpers import pw
from safecase.domain.clock import FakeClock
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.auto_backup import AutoBackupConfig, AutoBackupService, Frequency


def test_schedule_names_verification_and_pruning(filled: Filled, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    clock = FakeClock()
    with vault_service.unlock(filled.root, pw()) as vault:
        auto = AutoBackupService(vault, clock)
        assert not auto.is_due()  # off until configured
        assert auto.status().overdue
        auto.configure(AutoBackupConfig(str(folder), Frequency.DAILY, keep=3))
        assert auto.is_due()
        made = []
        for _ in range(5):
            path = auto.run_if_due()
            assert path is not None
            made.append(path)
            assert auto.run_if_due() is None  # not due again within the day
            clock.advance(timedelta(days=1, minutes=1))
        names = [p.name for p in auto.backups_in(folder)]
        assert names == [p.name for p in made[-3:]]
        # Neutral names: the date only, nothing about people or cases.
        assert all(n.startswith("safecase-backup-") and n.endswith(".age") for n in names)
        assert auto.status().days_since_verified == 1
        clock.advance(timedelta(days=10))
        assert auto.status().overdue
        report = auto.test_restore(made[-1])
        assert report.counts["person"] == 1
        assert not auto.status().overdue
    # The paper recovery key opens automatic backups too, with no prompt at backup time.
    assert backup.verify_backup(made[-1], [filled.recovery]).counts["attachment"] == 1


def test_prune_touches_only_our_files(filled: Filled, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"x")
    (folder / "safecase-backup-notes.txt").write_bytes(b"x")
    with vault_service.unlock(filled.root, pw()) as vault:
        auto = AutoBackupService(vault, FakeClock())
        auto.configure(AutoBackupConfig(str(folder), Frequency.WEEKLY, keep=1))
        auto.run()
    assert {p.name for p in folder.iterdir()} >= {"holiday.jpg", "safecase-backup-notes.txt"}


def test_scheduled_run_needs_the_folder_to_be_there(filled: Filled, tmp_path: Path) -> None:
    """An unplugged USB drive must not become an empty folder on the laptop's own disk."""
    folder = tmp_path / "media" / "usb"
    with vault_service.unlock(filled.root, pw()) as vault:
        auto = AutoBackupService(vault, FakeClock())
        auto.configure(AutoBackupConfig(str(folder), Frequency.DAILY))
        with pytest.raises(FileNotFoundError):
            auto.run_if_due()
        assert not folder.exists()
        assert auto.is_due()  # still due: the next check tries again
        assert auto.status().last_verified_at is None


def test_progress_covers_writing_then_checking_and_can_stop(filled: Filled, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    seen: list[float] = []
    with vault_service.unlock(filled.root, pw()) as vault:
        auto = AutoBackupService(vault, FakeClock())
        auto.configure(AutoBackupConfig(str(folder), Frequency.DAILY))
        auto.run_if_due(progress=lambda done, total: seen.append(done / total))
        assert seen == sorted(seen) and seen[0] <= 0.5 < seen[-1] <= 1.0

        def stop_while_checking(done: int, total: int) -> None:
            if done > total // 2:
                raise backup.BackupCancelled("stopped")

        before = auto.backups_in(folder)
        with pytest.raises(backup.BackupCancelled):
            auto.run(progress=stop_while_checking)
        assert auto.status().days_since_verified == 0
    # The written-but-unchecked file stays (it is complete); nothing was pruned.
    assert set(before) <= set(auto.backups_in(folder))
    assert not list(folder.glob(".safecase-backup-*"))
