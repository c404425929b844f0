"""Restore a backup: into a new vault directory, or over the current vault.

The new vault is built complete in a hidden sibling directory and appears in one rename, so a
crash at any point leaves either no new vault or a whole one. Replacing moves the current vault
aside (an atomic exchange on Linux), opens the new one with the new passphrase to prove it, and
only then deletes the old copy; if the proof fails, the old vault is put back.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from safecase.crypto import age
from safecase.crypto.kdf import KdfParams
from safecase.domain.errors import VaultExists
from safecase.services import vault as vault_service
from safecase.services.backup import (
    BackupReport,
    Progress,
    create_backup,
    remove_tree,
    restore_into,
)
from safecase.storage.dir_swap import aside_path, recover_swap, swap_back, swap_in
from safecase.storage.files import fsync_dir, make_private_dir
from safecase.storage.vault_lock import VaultLock

STAGING_PREFIX = ".safecase-restore-"
SAFETY_COPY_PREFIX = "safecase-before-restore-"


def safety_copy(
    vault: vault_service.OpenVault,
    *,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Path:
    """Back up the open vault beside its folder, to its recovery key, before a restore
    replaces it: a replace chosen by mistake must not lose what was added since the backup.
    The name holds a time only."""
    stamp = clock().astimezone(UTC)
    out = vault.paths.root.parent / f"{SAFETY_COPY_PREFIX}{stamp:%Y%m%d-%H%M%S}.age"
    recipients = [age.X25519Recipient.from_str(vault.recovery_recipient)]
    create_backup(vault, out, recipients, progress=progress, clock=lambda: stamp)
    return out


def remove_stale_staging(parent: Path) -> None:
    for stray in parent.glob(f"{STAGING_PREFIX}*"):
        remove_tree(stray)


def _stage(
    src: Path,
    identities: Sequence[age.Identity],
    parent: Path,
    passphrase: bytearray,
    *,
    kdf: KdfParams | None,
    progress: Progress | None,
) -> tuple[Path, BackupReport, str]:
    remove_stale_staging(parent)
    staging = parent / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
    make_private_dir(staging)
    try:
        key, report, vault_id = restore_into(
            src, identities, staging / vault_service.DB_NAME, progress=progress
        )
        recovery = vault_service.install_restored_store(staging, key, vault_id, passphrase, kdf)
        fsync_dir(staging)
    except BaseException:
        remove_tree(staging)
        raise
    return staging, report, recovery


def restore_to_new(
    src: Path,
    identities: Sequence[age.Identity],
    target: Path,
    passphrase: bytearray,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> tuple[BackupReport, str]:
    """Restore into `target`, which must not hold anything. Returns the report and the new
    recovery key (show it once)."""
    target = target.absolute()
    if target.exists() and any(target.iterdir()):
        raise VaultExists("the target folder is not empty")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging, report, recovery = _stage(
        src, identities, target.parent, passphrase, kdf=kdf, progress=progress
    )
    try:
        with contextlib.suppress(FileNotFoundError):
            target.rmdir()  # an empty folder the caseworker chose
        os.rename(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        remove_tree(staging)
        raise
    return report, recovery


def restore_replacing(
    src: Path,
    identities: Sequence[age.Identity],
    live: Path,
    passphrase: bytearray,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> tuple[BackupReport, str]:
    """Replace the vault at `live` with the backup's content. The current vault must not be
    open anywhere; it is kept until the restored one has opened with the new passphrase."""
    live = live.absolute()
    recover_swap(live)
    if aside_path(live).exists():
        raise VaultExists("an earlier restore left the previous vault beside this one")
    lock = VaultLock(live) if live.exists() else None
    if lock is not None:
        lock.acquire()
    try:
        staging, report, recovery = _stage(
            src, identities, live.parent, passphrase, kdf=kdf, progress=progress
        )
        if not live.exists():
            os.rename(staging, live)
            return report, recovery
        aside = swap_in(live, staging)
    finally:
        if lock is not None:
            lock.release()
    try:
        vault_service.unlock(live, passphrase).close()
    except BaseException:
        swap_back(live, aside)
        raise
    remove_tree(aside)
    return report, recovery
