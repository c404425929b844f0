"""One process per vault: an exclusive advisory lock on a file inside the vault directory.

The OS releases the lock when the holder dies, so a crashed SafeCase never leaves a vault
locked out; the lock file itself holds nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from safecase.domain.errors import VaultInUse

LOCK_NAME = ".lock"

if sys.platform != "win32":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True


class VaultLock:
    def __init__(self, vault_dir: Path) -> None:
        self._path = vault_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse("vault is open in another SafeCase process")
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
