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


def decrypted_pages(db_path: Path, key: bytes, page_size: int = 4096) -> list[bytes]:
    """Decrypt every page of a SQLCipher 4 file independently of SQLite (raw-key mode):
    AES-256-CBC over the page body with the IV stored in the page's reserved tail. Free pages
    and deleted cells are included, which is the point: residue hides there."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    reserve = 80  # 16-byte IV + 64-byte HMAC-SHA512
    data = db_path.read_bytes()
    pages = []
    for n in range(len(data) // page_size):
        page = data[n * page_size : (n + 1) * page_size]
        start = 16 if n == 0 else 0  # page 1 begins with the salt
        body = page[start : page_size - reserve]
        iv = page[page_size - reserve : page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages
