"""Quick erase (crypto-erase): destroy a vault's key slots so that its store can never be opened.

Why the keys and not the store: the store is AES-256 under a random data key that exists on
disk only inside the key file (`vault.keys`, and `vault.keys.next` during a rotation), wrapped
by the passphrase and the recovery key. Without the key file the store is indistinguishable from
random bytes, and neither the passphrase nor the recovery key opens it any more (both only
unwrap the copy of the data key kept in the key file). So destroying a file of ~2 KB is enough,
and it is quick, which is what a caseworker about to lose the laptop needs.

Overwriting files in place is unreliable on SSDs, flash and copy-on-write or journalling file
systems (wear levelling and remapping keep old blocks): that is exactly why erasing the KEYS
suffices and why we do not pretend to "shred" the store. The key bytes are overwritten with
random data of the same length, fsynced and then unlinked, which defeats ordinary undelete and
file-system forensics; a chip-level examination of flash may still find an old copy of the key
file, which then still needs the passphrase (Argon2id) or the paper recovery key. Full-disk
encryption is what closes that gap (documented in SECURITY.md).

After an erase only a backup and the recovery key (or the backup passphrase) bring the data back.

Rules carried here:
- key files are destroyed first (they are what matters), and every candidate is tried even if
  one fails; a failure is reported with `EraseIncomplete` after all others were attempted;
- symlinks are never followed (a planted link must not make us overwrite another file);
- besides `vault.keys` and `vault.keys.next`, interrupted atomic writes (`*.partial`), a vault
  set aside by an interrupted restore and restore staging folders also hold key files, so they
  are destroyed too;
- the store files are then unlinked (not overwritten: pointless on SSDs and slow on large
  stores), so the app offers to create or restore a vault instead of failing to open one;
- no lock is taken: a panic erase must not wait for another process. A process holding the
  vault open keeps its in-memory key until it locks; the GUI locks before erasing.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from safecase.domain.errors import SafeCaseError
from safecase.services.vault import DB_NAME, KEYS_NAME, NEXT_KEYS_NAME
from safecase.storage.dir_swap import aside_path
from safecase.storage.files import TEMP_SUFFIX, fsync_dir

log = logging.getLogger(__name__)

# Restore builds a new vault in a hidden sibling folder with this prefix (services.restore).
RESTORE_STAGING_PREFIX = ".safecase-restore-"
_KEY_FILE_NAMES = (
    KEYS_NAME,
    NEXT_KEYS_NAME,
    KEYS_NAME + TEMP_SUFFIX,
    NEXT_KEYS_NAME + TEMP_SUFFIX,
)
_STORE_PATTERNS = (
    DB_NAME,
    f"{DB_NAME}-journal",
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    f"{DB_NAME}.pre-v*",
)
_OVERWRITE_BLOCK = 64 * 1024


class EraseIncomplete(SafeCaseError):
    """At least one key file could not be destroyed; `failed` counts them (names not given:
    they are fixed file names, but messages never carry paths)."""

    def __init__(self, failed: int) -> None:
        super().__init__(f"{failed} key file(s) could not be destroyed")
        self.failed = failed


@dataclass(slots=True)
class EraseReport:
    key_files_destroyed: int = 0
    store_files_removed: int = 0
    failures: int = 0
    vault_dirs: list[Path] = field(default_factory=list)


def _overwrite_and_unlink(path: Path) -> bool:
    """Overwrite a regular file with random bytes of its own length, fsync, unlink.
    True if something was destroyed; False if there was nothing. Raises OSError on failure."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        # Never follow or overwrite through a link, a device or a FIFO: just remove the name.
        path.unlink()
        return True
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        size = os.fstat(fd).st_size
        written = 0
        while written < size:
            block = os.urandom(min(_OVERWRITE_BLOCK, size - written))
            written += os.write(fd, block)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True


def _destroy_key_files(directory: Path, report: EraseReport) -> None:
    for name in _KEY_FILE_NAMES:
        try:
            if _overwrite_and_unlink(directory / name):
                report.key_files_destroyed += 1
        except OSError as exc:
            report.failures += 1
            log.error(
                "a key file could not be destroyed: %s",
                errno.errorcode.get(exc.errno or 0, type(exc).__name__),
            )
    with contextlib.suppress(OSError):
        fsync_dir(directory)


def _remove_store_files(directory: Path, report: EraseReport) -> None:
    for pattern in _STORE_PATTERNS:
        for path in directory.glob(pattern):
            try:
                path.unlink()
                report.store_files_removed += 1
            except OSError as exc:
                log.warning("a store file could not be removed: %s", type(exc).__name__)
    with contextlib.suppress(OSError):
        fsync_dir(directory)


def _related_vault_dirs(root: Path) -> list[Path]:
    """The vault and every other folder that may hold a key file for it."""
    dirs = [root]
    aside = aside_path(root)
    if aside.is_dir() and not aside.is_symlink():
        dirs.append(aside)
    parent = root.parent
    with contextlib.suppress(OSError):
        dirs += sorted(
            p
            for p in parent.glob(f"{RESTORE_STAGING_PREFIX}*")
            if p.is_dir() and not p.is_symlink()
        )
    return dirs


def erase_vault_keys(root: Path, *, remove_store: bool = True) -> EraseReport:
    """Destroy every key slot of the vault at `root` (crypto-erase), then unlink the store.

    Irreversible. Only a backup, with the recovery key or the backup passphrase, brings the
    data back. Raises `EraseIncomplete` if a key file could not be destroyed (after trying all).
    """
    root = root.absolute()
    report = EraseReport(vault_dirs=_related_vault_dirs(root))
    for directory in report.vault_dirs:
        _destroy_key_files(directory, report)
    if remove_store:
        _remove_store_files(root, report)
        for directory in report.vault_dirs[1:]:
            # A vault set aside by a restore, or a half-built one: nothing else lives there.
            shutil.rmtree(directory, ignore_errors=True)
    if report.failures:
        raise EraseIncomplete(report.failures)
    return report
