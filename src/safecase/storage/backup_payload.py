"""The plaintext *inside* a backup's age encryption: a POSIX tar stream of exactly two members,
`vault.db` (the store file, still SQLCipher-encrypted) then `manifest.json` (format, versions,
counts, the copy's SHA-256 and the key that opens it). See docs/backup-format.md.

A tar so that recovery by hand is `age -d … | tar -x`. Both directions stream: the writer is a
pull source for the age encrypter, the reader a push sink for the age decrypter, so memory stays
bounded by one chunk. The reader trusts nothing: anyone holding a public recipient can make a
well-encrypted backup, so names, types, sizes and the manifest are all checked.
"""

from __future__ import annotations

import hashlib
import json
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from safecase.domain.errors import InvalidInput

BLOCK = 512
DB_MEMBER = "vault.db"
MANIFEST_MEMBER = "manifest.json"
MAX_MANIFEST_BYTES = 1024 * 1024
COPY_CHUNK = 1024 * 1024


class BackupCorrupt(InvalidInput):
    """The decrypted payload is not a valid SafeCase backup."""


def _tar_header(name: str, size: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0  # no timestamps beyond the manifest's own
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def _padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class PayloadWriter:
    """A readable stream: tar header, the store copy (hashed on the way), then the manifest,
    which `make_manifest(sha256_hex)` builds once the copy's hash is known."""

    def __init__(
        self, db: BinaryIO, db_size: int, make_manifest: Callable[[str], dict[str, Any]]
    ) -> None:
        self._parts = self._generate(db, db_size, make_manifest)
        self._part = memoryview(b"")

    def _generate(
        self, db: BinaryIO, db_size: int, make_manifest: Callable[[str], dict[str, Any]]
    ) -> Iterator[bytes]:
        yield _tar_header(DB_MEMBER, db_size)
        digest = hashlib.sha256()
        left = db_size
        while left:
            chunk = db.read(min(COPY_CHUNK, left))
            if not chunk:
                raise OSError("store file shrank while being copied")
            digest.update(chunk)
            left -= len(chunk)
            yield chunk
        yield _padding(db_size)
        manifest = json.dumps(make_manifest(digest.hexdigest()), indent=1).encode("utf-8")
        yield _tar_header(MANIFEST_MEMBER, len(manifest))
        yield manifest + _padding(len(manifest))
        yield b"\0" * (2 * BLOCK)

    def read(self, n: int = -1, /) -> bytes:
        out = bytearray()
        while n < 0 or len(out) < n:
            if not self._part:
                part = next(self._parts, None)
                if part is None:
                    break
                self._part = memoryview(part)
                continue
            take = len(self._part) if n < 0 else n - len(out)
            out += self._part[:take]
            self._part = self._part[take:]
        return bytes(out)


@dataclass
class PayloadResult:
    db_size: int
    db_sha256: str
    untrusted_manifest: dict[str, Any]


class PayloadReader:
    """A writable sink that parses the tar stream as it arrives, writing the store copy to
    `db_out` and keeping the manifest. Call `finish()` after the last write."""

    def __init__(self, db_out: BinaryIO, *, max_db_bytes: int) -> None:
        self._db_out = db_out
        self._max_db = max_db_bytes
        self._pending = b""
        self._state = "db-header"
        self._left = 0
        self._pad = 0
        self._db_size = 0
        self._digest = hashlib.sha256()
        self._manifest = bytearray()

    def write(self, data: bytes, /) -> int:
        self._pending += data
        while self._step():
            pass
        return len(data)

    def _step(self) -> bool:  # noqa: PLR0911 - one branch per parser state
        if self._state in ("db-header", "manifest-header"):
            if len(self._pending) < BLOCK:
                return False
            block, self._pending = self._pending[:BLOCK], self._pending[BLOCK:]
            self._begin_member(block)
            return True
        if self._state in ("db", "manifest"):
            if not self._pending:
                return False
            take, self._pending = self._pending[: self._left], self._pending[self._left :]
            self._left -= len(take)
            if self._state == "db":
                self._digest.update(take)
                self._db_out.write(take)
            else:
                self._manifest += take
            if self._left == 0:
                self._state = "db-pad" if self._state == "db" else "manifest-pad"
            return True
        if self._state in ("db-pad", "manifest-pad"):
            n = min(self._pad, len(self._pending))
            if n:
                if self._pending[:n].strip(b"\0"):
                    raise BackupCorrupt("backup payload has data in tar padding")
                self._pending = self._pending[n:]
                self._pad -= n
            if self._pad:
                return False
            self._state = "manifest-header" if self._state == "db-pad" else "end"
            return True
        # "end": only zero blocks may follow.
        if self._pending.strip(b"\0"):
            raise BackupCorrupt("backup payload has data after its last member")
        self._pending = b""
        return False

    def _begin_member(self, block: bytes) -> None:
        expected = DB_MEMBER if self._state == "db-header" else MANIFEST_MEMBER
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError) as exc:
            raise BackupCorrupt("backup payload is not a SafeCase archive") from exc
        if info.name != expected or not info.isreg():
            raise BackupCorrupt("backup payload has unexpected members")
        limit = self._max_db if expected == DB_MEMBER else MAX_MANIFEST_BYTES
        if not 0 < info.size <= limit:
            raise BackupCorrupt("backup payload member has an impossible size")
        self._left = info.size
        self._pad = -info.size % BLOCK
        if expected == DB_MEMBER:
            self._db_size = info.size
            self._state = "db"
        else:
            self._state = "manifest"

    def finish(self) -> PayloadResult:
        if self._state != "end":
            raise BackupCorrupt("backup payload ends early")
        try:
            manifest = json.loads(self._manifest.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise BackupCorrupt("backup manifest is not valid JSON") from exc
        if not isinstance(manifest, dict):
            raise BackupCorrupt("backup manifest is not an object")
        return PayloadResult(self._db_size, self._digest.hexdigest(), manifest)
