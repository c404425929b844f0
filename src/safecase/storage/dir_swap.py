"""Swap two directories atomically where the OS allows it (Linux renameat2 RENAME_EXCHANGE),
else with two renames whose interruption `recover_swap` repairs at the next start."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

from safecase.storage.files import fsync_dir

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def aside_path(live: Path) -> Path:
    return live.with_name(f".{live.name}.safecase-before-restore")


def swap_in(live: Path, replacement: Path) -> Path:
    """Put `replacement` where `live` was; return where the old `live` now is."""
    aside = aside_path(live)
    if _exchange(replacement, live):
        os.rename(replacement, aside)
    else:
        os.rename(live, aside)
        os.rename(replacement, live)
    fsync_dir(live.parent)
    return aside


def swap_back(live: Path, aside: Path) -> None:
    """Undo `swap_in`: the old directory returns; the failed replacement is kept beside it."""
    failed = live.with_name(f".{live.name}.safecase-failed-restore")
    with contextlib.suppress(FileNotFoundError):
        os.rename(live, failed)
    os.rename(aside, live)
    fsync_dir(live.parent)


def recover_swap(live: Path) -> bool:
    """After a crash between the two renames of the fallback path, bring the old vault back."""
    aside = aside_path(live)
    if aside.exists() and not live.exists():
        os.rename(aside, live)
        fsync_dir(live.parent)
        return True
    return False
