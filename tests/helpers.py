"""Test helpers shared across suites: file snapshots, canary scans, bit flips."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from safecase.crypto.kdf import KdfParams

# Fast parameters for tests, passed explicitly (there is no global test mode).
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, lanes=1)
PASSPHRASE = "correct horse battery staple"


def pw(text: str = PASSPHRASE) -> bytearray:
    return bytearray(text.encode("utf-8"))


def snapshot(directory: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file below `directory` (to prove nothing changed)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def canary_forms(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]


def files_containing(paths: Iterable[Path], canary: str) -> list[Path]:
    forms = canary_forms(canary)
    hits = []
    for root in paths:
        candidates = [root] if root.is_file() else list(root.rglob("*"))
        for path in candidates:
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(form in data for form in forms):
                hits.append(path)
    return hits


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ (1 << bit)]))
        f.flush()
        os.fsync(f.fileno())
