"""The plaintext *inside* a backup's age encryption: a POSIX tar stream of exactly two members,
`vault.db` (the store file, still SQLCipher-encrypted) then `manifest.json` (format, versions,
counts, the copy's SHA-256 and the key that opens it). See docs/backup-format.md.

A tar so that recovery by hand is `age -d … | tar -x`. Both directions stream: the writer is a
pull source for the age encrypter, the reader a push sink for the age decrypter; the store
copy is read (backup) or written (restore) and hashed on a worker thread behind a bounded
queue, so memory stays at a few 1 MiB blocks. The reader trusts nothing: anyone holding a
public recipient can make a well-encrypted backup, so names, types, sizes and the manifest
are all checked.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, Self, cast

from safecase.domain.errors import InvalidInput
from safecase.storage.bulk_io import BackgroundWriter, ReadAhead

BLOCK = 512
DB_MEMBER = "vault.db"
MANIFEST_MEMBER = "manifest.json"
MAX_MANIFEST_BYTES = 1024 * 1024
COPY_CHUNK = 1024 * 1024  # the age writer's batch size (crypto.age.stream.BATCH_SIZE)


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
    which `make_manifest(sha256_hex)` builds once the copy's hash is known.

    Reading and hashing the store run on a worker thread ahead of the encrypter; use it in a
    `with` block so that thread ends with the block. `size` is the length of the stream."""

    def __init__(
        self, db: BinaryIO, db_size: int, make_manifest: Callable[[str], dict[str, Any]]
    ) -> None:
        # The hash has a fixed length, so a manifest built with a stand-in has the real size.
        manifest_size = len(_manifest_bytes(make_manifest("0" * 64)))
        self.size = _padded(BLOCK + db_size) + _padded(BLOCK + manifest_size) + 2 * BLOCK
        tar = _TarStream(cast(io.BufferedIOBase, db), db_size, make_manifest)
        self._stream = ReadAhead(tar.fill, name="backup-read")

    def read(self, n: int = -1, /) -> bytes:
        return self._stream.read(n)

    def readinto(self, b: memoryview | bytearray, /) -> int:
        return self._stream.readinto(b)

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _padded(size: int) -> int:
    return size + -size % BLOCK


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, indent=1).encode("utf-8")


class _TarStream:
    """Fills buffers with the tar stream (on the read-ahead thread): header, the store read
    straight into the buffer and hashed there, then padding, manifest and end blocks."""

    def __init__(
        self, db: io.BufferedIOBase, db_size: int, make_manifest: Callable[[str], dict[str, Any]]
    ) -> None:
        self._db = db
        self._db_size = self._left = db_size
        self._make_manifest = make_manifest
        self._digest = hashlib.sha256()
        self._pending = memoryview(_tar_header(DB_MEMBER, db_size))
        self._tail_done = False

    def fill(self, buf: memoryview) -> int:
        pos = 0
        while pos < len(buf):
            if self._pending:
                take = min(len(self._pending), len(buf) - pos)
                buf[pos : pos + take] = self._pending[:take]
                self._pending = self._pending[take:]
                pos += take
            elif self._left:
                part = buf[pos : pos + min(self._left, len(buf) - pos)]
                n = self._db.readinto(part)
                if not n:
                    raise OSError("store file shrank while being copied")
                self._digest.update(part[:n])
                self._left -= n
                pos += n
            elif not self._tail_done:
                self._tail_done = True
                self._pending = memoryview(self._tail())
            else:
                break
        return pos

    def _tail(self) -> bytes:
        manifest = _manifest_bytes(self._make_manifest(self._digest.hexdigest()))
        return b"".join(
            (_padding(self._db_size), _tar_header(MANIFEST_MEMBER, len(manifest)), manifest,
             _padding(len(manifest)), b"\0" * (2 * BLOCK))
        )  # fmt: skip


@dataclass
class PayloadResult:
    db_size: int
    db_sha256: str
    untrusted_manifest: dict[str, Any]


class PayloadReader:
    """A writable sink that parses the tar stream as it arrives, writing the store copy to the
    file `db_out` and keeping the manifest. Call `finish()` after the last write; use it in a
    `with` block so the writer thread ends with the block on any error.

    The copy is hashed and written on a worker thread (`BackgroundWriter`), after reserving
    its size on disk, which the tar header gives and `max_db_bytes` caps: a full disk fails
    before the copy starts. `write_behind` suits a copy that will be fsynced."""

    def __init__(self, db_out: BinaryIO, *, max_db_bytes: int, write_behind: bool = False) -> None:
        self._db_fd = db_out.fileno()
        self._write_behind = write_behind
        self._db: BackgroundWriter | None = None
        self._max_db = max_db_bytes
        self._head = bytearray()
        self._state = "header"
        self._after_pad = ""
        self._left = 0
        self._pad = 0
        self._db_size = 0
        self._digest = hashlib.sha256()
        self._manifest = bytearray()

    def write(self, data: bytes, /) -> int:
        view = memoryview(data)
        while view:
            view = self._consume(view)
        return len(data)

    def _consume(self, view: memoryview) -> memoryview:
        """Take what the current state can use from the front of `view`; return the rest."""
        if self._state == "header":
            need = BLOCK - len(self._head)
            self._head += view[:need]
            if len(self._head) == BLOCK:
                self._begin_member(bytes(self._head))
                self._head.clear()
            return view[need:]
        if self._state in ("db", "manifest"):
            take = view[: self._left]
            self._left -= len(take)
            if self._db is not None and self._state == "db":
                self._db.write(take)  # `data` is immutable bytes, so the view stays valid
            else:
                self._manifest += take
            if self._left == 0:
                self._end_member()
            return view[len(take) :]
        if self._state == "pad":
            n = min(self._pad, len(view))
            if view[:n].tobytes().strip(b"\0"):
                raise BackupCorrupt("backup payload has data in tar padding")
            self._pad -= n
            if not self._pad:
                self._state = self._after_pad
            return view[n:]
        # "end": only zero blocks may follow.
        if view.tobytes().strip(b"\0"):
            raise BackupCorrupt("backup payload has data after its last member")
        return view[len(view) :]

    def _begin_member(self, block: bytes) -> None:
        expected = DB_MEMBER if self._db is None else MANIFEST_MEMBER
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
            self._db = BackgroundWriter(
                self._db_fd,
                digest=self._digest,
                reserve=info.size,
                write_behind=self._write_behind,
                name="copy-write",
            )
            self._state = "db"
        else:
            self._state = "manifest"

    def _end_member(self) -> None:
        self._after_pad = "header" if self._state == "db" else "end"
        self._state = "pad" if self._pad else self._after_pad

    def finish(self) -> PayloadResult:
        if self._state != "end" or self._db is None:
            raise BackupCorrupt("backup payload ends early")
        self._db.finish()  # every byte written and hashed, or the write error
        try:
            manifest = json.loads(self._manifest.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise BackupCorrupt("backup manifest is not valid JSON") from exc
        if not isinstance(manifest, dict):
            raise BackupCorrupt("backup manifest is not an object")
        return PayloadResult(self._db_size, self._digest.hexdigest(), manifest)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
