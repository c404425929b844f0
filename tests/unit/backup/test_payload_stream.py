"""The tar payload both ways, fed in every shape of read and write: what goes in comes out
byte for byte, hashes match, and damage is refused wherever a write boundary falls."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import tarfile
import threading
from pathlib import Path
from typing import Any

import pytest

from safecase.storage import bulk_io
from safecase.storage.backup_payload import BackupCorrupt, PayloadReader, PayloadWriter

MIB = 1024 * 1024


def no_io_threads() -> bool:
    return not [t for t in threading.enumerate() if t.name.startswith(bulk_io.THREAD_PREFIX)]


def manifest(sha256: str) -> dict[str, Any]:
    return {"format": "test", "db_sha256": sha256, "note": "ж" * 300}


def make_stream(tmp_path: Path, size: int, seed: int) -> tuple[bytes, bytes]:
    """(store bytes, the whole tar stream as PayloadWriter produces it)."""
    data = random.Random(seed).randbytes(size)
    db = tmp_path / f"db-{seed}"
    db.write_bytes(data)
    rng = random.Random(seed)
    out = bytearray()
    with db.open("rb") as f, PayloadWriter(f, size, manifest) as writer:
        while True:
            if rng.random() < 0.5:
                piece = writer.read(rng.choice([1, 512, 65536, MIB + 1]))
            else:
                buf = bytearray(rng.choice([7, 65536, 2 * MIB]))
                piece = bytes(buf[: writer.readinto(buf)])
            if not piece:
                break
            out += piece
        assert writer.size == len(out)
    assert no_io_threads()
    return data, bytes(out)


def feed(reader: PayloadReader, stream: bytes, seed: int) -> None:
    rng = random.Random(seed)
    pos = 0
    while pos < len(stream):
        n = rng.choice([1, 3, 511, 512, 513, 65536, MIB, 3 * MIB])
        reader.write(stream[pos : pos + n])
        pos += n


@pytest.mark.parametrize(("size", "seed"), [(1, 1), (511, 2), (512, 3), (3 * MIB + 5, 4)])
def test_written_stream_is_the_documented_tar_and_reads_back(
    tmp_path: Path, size: int, seed: int
) -> None:
    data, stream = make_stream(tmp_path, size, seed)
    with tarfile.open(fileobj=io.BytesIO(stream)) as tar:
        assert tar.getnames() == ["vault.db", "manifest.json"]
        assert tar.extractfile("vault.db").read() == data  # type: ignore[union-attr]
        written = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert written["db_sha256"] == hashlib.sha256(data).hexdigest()
    copy = tmp_path / "copy"
    with copy.open("wb", buffering=0) as out, PayloadReader(out, max_db_bytes=size) as reader:
        feed(reader, stream, seed)
        result = reader.finish()
    assert copy.read_bytes() == data  # exactly its size: the reservation was cut back
    assert (result.db_size, result.db_sha256) == (size, hashlib.sha256(data).hexdigest())
    assert result.untrusted_manifest == written
    assert no_io_threads()


def _rejected(tmp_path: Path, stream: bytes, seed: int, *, max_db: int = 64 * MIB) -> str:
    copy = tmp_path / f"copy-{seed}"
    with (
        copy.open("wb", buffering=0) as out,
        PayloadReader(out, max_db_bytes=max_db) as reader,
        pytest.raises(BackupCorrupt) as caught,
    ):
        feed(reader, stream, seed)
        reader.finish()
    assert no_io_threads()
    return str(caught.value)


def test_damage_is_refused_wherever_writes_split_the_stream(tmp_path: Path) -> None:
    size = MIB + 100  # 412 bytes of padding after the store
    _, stream = make_stream(tmp_path, size, 5)
    pad_at = 512 + size + 3
    bad_pad = stream[:pad_at] + b"\x01" + stream[pad_at + 1 :]
    after_end = stream[:-5] + b"\x01" + stream[-4:]  # inside the two closing zero blocks
    for seed in range(6):
        assert "padding" in _rejected(tmp_path, bad_pad, seed)
        assert "after its last member" in _rejected(tmp_path, after_end, seed)
        assert "ends early" in _rejected(tmp_path, stream[: len(stream) // 2], seed)


def test_a_store_larger_than_the_cap_is_refused_before_reserving_space(tmp_path: Path) -> None:
    # A backup file bounds the copy inside it: a header claiming more is a forgery.
    _, stream = make_stream(tmp_path, 2 * MIB, 6)
    assert "impossible size" in _rejected(tmp_path, stream, 0, max_db=MIB)
    assert os.path.getsize(tmp_path / "copy-0") == 0


def test_a_store_that_shrinks_while_copied_fails_the_reader(tmp_path: Path) -> None:
    db = tmp_path / "db"
    db.write_bytes(bytes(MIB))
    with (
        db.open("rb") as f,
        PayloadWriter(f, 3 * MIB, manifest) as writer,
        pytest.raises(OSError, match="shrank"),
    ):
        while writer.read(MIB):
            pass
    assert no_io_threads()
