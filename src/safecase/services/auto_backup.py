"""Automatic backups: to a chosen folder (a USB drive, a synced folder), daily or weekly and on
quit, keeping the last N, under neutral file names, with no passphrase prompt.

Each automatic backup is encrypted to the recovery key's recipient (the paper key opens it with
the stock `age` tool) and to a verification identity kept inside the encrypted store, so the app
can decrypt and check every backup it writes and say "last verified backup: N days ago".
See docs/adr/0004-backup-format.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from safecase.crypto import age
from safecase.domain.clock import Clock, SystemClock
from safecase.domain.errors import InvalidInput
from safecase.services import backup
from safecase.services.backup import BackupReport, Progress
from safecase.services.vault import OpenVault
from safecase.services.vault_settings import VaultSettings

FILE_PATTERN = re.compile(r"^safecase-backup-\d{8}-\d{6}\.age$")
VERIFY_IDENTITY = "backup.verify_identity"
LAST_RUN = "backup.last_run_at"
LAST_VERIFIED = "backup.last_verified_at"


class Frequency(StrEnum):
    OFF = "off"
    DAILY = "daily"
    WEEKLY = "weekly"


PERIOD = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}


@dataclass(frozen=True, slots=True)
class AutoBackupConfig:
    folder: str = ""
    frequency: Frequency = Frequency.OFF
    keep: int = 7
    on_quit: bool = False
    warn_after_days: int = 7


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_verified_at: datetime | None
    days_since_verified: int | None
    overdue: bool


def _half(progress: Progress | None, which: int) -> Progress | None:
    """Report one of the two passes (write, then check) as half of one progress bar."""
    if progress is None:
        return None
    report = progress

    def half(done: int, total: int) -> None:
        report(done + which * total, 2 * total)

    return half


class AutoBackupService:
    def __init__(self, vault: OpenVault, clock: Clock | None = None) -> None:
        self._vault = vault
        self._settings = VaultSettings(vault.conn)
        self._clock = clock or SystemClock()

    # --- configuration -------------------------------------------------------------------
    def config(self) -> AutoBackupConfig:
        raw = self._settings.get("backup.auto", {})
        return AutoBackupConfig(
            folder=str(raw.get("folder", "")),
            frequency=Frequency(raw.get("frequency", Frequency.OFF.value)),
            keep=max(1, int(raw.get("keep", 7))),
            on_quit=bool(raw.get("on_quit", False)),
            warn_after_days=max(1, int(raw.get("warn_after_days", 7))),
        )

    def configure(self, config: AutoBackupConfig) -> None:
        self._settings.set(
            "backup.auto",
            {"folder": config.folder, "frequency": config.frequency.value, "keep": config.keep,
             "on_quit": config.on_quit, "warn_after_days": config.warn_after_days},
        )  # fmt: skip

    def _verify_identity(self) -> age.X25519Identity:
        stored = self._settings.get(VERIFY_IDENTITY)
        if stored:
            return age.X25519Identity.from_str(str(stored))
        identity = age.X25519Identity.generate()
        self._settings.set(VERIFY_IDENTITY, identity.to_str())
        return identity

    def _moment(self, name: str) -> datetime | None:
        value = self._settings.get(name)
        return datetime.fromisoformat(value) if value else None

    # --- running ---------------------------------------------------------------------------
    def is_due(self) -> bool:
        config = self.config()
        if config.frequency is Frequency.OFF or not config.folder:
            return False
        last = self._moment(LAST_RUN)
        return last is None or self._clock.now() - last >= PERIOD[config.frequency]

    def run(
        self, *, progress: Progress | None = None, create_folder: bool = True
    ) -> tuple[Path, BackupReport]:
        """Write, verify and prune now (whatever the schedule says). `progress(done, total)`
        covers the writing and then the checking; raising `BackupCancelled` from it stops
        either, and a stopped or failed run deletes nothing and leaves no partial file.

        Scheduled runs pass `create_folder=False`: a USB drive that is not plugged in must not
        turn into an empty folder of the same name on the laptop's own disk."""
        config = self.config()
        if not config.folder:
            raise InvalidInput("no folder chosen for automatic backups")
        folder = Path(config.folder)
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise FileNotFoundError("the automatic backup folder is not available")
        now = self._clock.now().astimezone(UTC)
        out = folder / f"safecase-backup-{now:%Y%m%d-%H%M%S}.age"
        verifier = self._verify_identity()
        recipients: list[age.Recipient] = [
            age.X25519Recipient.from_str(self._vault.recovery_recipient),
            verifier.recipient,
        ]
        backup.create_backup(
            self._vault, out, recipients, progress=_half(progress, 0), clock=lambda: now
        )
        self._settings.set(LAST_RUN, now.isoformat())
        report = backup.verify_backup(out, [verifier], progress=_half(progress, 1))
        self._settings.set(LAST_VERIFIED, now.isoformat())
        self.prune(folder, config.keep)
        return out, report

    def run_if_due(self, *, progress: Progress | None = None) -> Path | None:
        if not self.is_due():
            return None
        return self.run(progress=progress, create_folder=False)[0]

    def remove_leftovers(self) -> int:
        """Delete what a killed backup left (ciphertext `.partial` files) in the automatic-backup
        folder and beside the vault (where the copy before a restore goes). Run at unlock, so
        a crash leaves nothing behind past the next start."""
        folders = {self._vault.paths.root.parent}
        folder = self.config().folder
        if folder and Path(folder).is_dir():
            folders.add(Path(folder))
        return sum(backup.remove_stale_partials(f) for f in folders)

    def test_restore(self, path: Path) -> BackupReport:
        """Fully decrypt and check one of our backups; touches no vault."""
        report = backup.verify_backup(path, [self._verify_identity()])
        self._settings.set(LAST_VERIFIED, self._clock.now().astimezone(UTC).isoformat())
        return report

    @staticmethod
    def backups_in(folder: Path) -> list[Path]:
        return sorted(p for p in folder.iterdir() if FILE_PATTERN.match(p.name))

    def prune(self, folder: Path, keep: int) -> list[Path]:
        """Delete all but the newest `keep` automatic backups (only files named by us)."""
        removed = self.backups_in(folder)[:-keep]
        for path in removed:
            path.unlink()
        return removed

    def status(self) -> BackupStatus:
        last = self._moment(LAST_VERIFIED)
        if last is None:
            return BackupStatus(None, None, overdue=True)
        days = (self._clock.now() - last).days
        return BackupStatus(last, days, overdue=days >= self.config().warn_after_days)
