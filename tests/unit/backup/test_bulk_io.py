"""The worker-thread streaming under backups: bytes arrive intact and in order, errors reach the
caller, and no thread outlives its stream (on success, error or early close). Real files."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safecase.storage import bulk_io
from safecase.storage.bulk_io import BUFFER_SIZE, DEPTH, BackgroundWriter, ReadAhead


def io_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(bulk_io.THREAD_PREFIX)]


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    yield
    assert io_threads() == []


def source(data: bytes, piece: int = BUFFER_SIZE) -> Callable[[memoryview], int]:
    """A fill function over `data` that fills at most `piece` bytes per call."""
    pos = 0

    def fill(buf: memoryview) -> int:
        nonlocal pos
        take = min(len(buf), piece, len(data) - pos)
        buf[:take] = data[pos : pos + take]
        pos += take
        return take

    return fill


@pytest.mark.parametrize("size", [0, 1, BUFFER_SIZE - 1, BUFFER_SIZE, 3 * BUFFER_SIZE + 7])
def test_read_ahead_yields_every_byte_in_order(size: int) -> None:
    data = os.urandom(size)
    rng = random.Random(size)
    out = bytearray()
    with ReadAhead(source(data)) as stream:
        while True:
            if rng.random() < 0.5:
                piece = stream.read(rng.choice([1, 100, 65536, 2 * BUFFER_SIZE, -1]))
            else:
                buf = bytearray(rng.choice([1, 4096, 65536 + 16, 2 * BUFFER_SIZE]))
                piece = bytes(buf[: stream.readinto(buf)])
            if not piece:
                break
            out += piece
        assert stream.read(10) == b""  # stays at the end
    assert out == data


def test_read_ahead_reraises_the_producers_error_in_the_reader() -> None:
    calls = 0

    def fill(buf: memoryview) -> int:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(errno.EIO, "disk went away")
        buf[:10] = b"x" * 10
        return 10

    with ReadAhead(fill) as stream:
        assert stream.read(100) == b"x" * 10
        assert stream.read(100) == b"x" * 10
        with pytest.raises(OSError, match="disk went away"):
            stream.read(100)
        with pytest.raises(OSError, match="disk went away"):  # not mistaken for the end
            stream.read(100)


def test_read_ahead_closed_early_stops_its_producer() -> None:
    filled = 0

    def endless(buf: memoryview) -> int:
        nonlocal filled
        filled += 1
        return len(buf)

    with ReadAhead(endless) as stream:
        stream.read(10)
    # It ran ahead by at most its pool of buffers (plus the one it was filling), not forever.
    assert filled <= DEPTH + 1


@pytest.mark.parametrize("write_behind", [False, True])
def test_background_writer_writes_and_hashes_every_byte(tmp_path: Path, write_behind: bool) -> None:
    rng = random.Random(7)
    pieces = [
        os.urandom(rng.choice([1, 511, 65552, BUFFER_SIZE, 3 * BUFFER_SIZE])) for _ in range(40)
    ]
    digest = hashlib.sha256()
    path = tmp_path / "out"
    with (
        path.open("wb", buffering=0) as f,
        BackgroundWriter(f.fileno(), digest=digest, write_behind=write_behind) as w,
    ):
        for piece in pieces:
            reused = bytearray(piece)
            w.write(memoryview(reused))
            reused[:] = bytes(len(reused))  # the writer copied it: reusing the buffer is safe
        w.finish()
    data = b"".join(pieces)
    assert path.read_bytes() == data
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()


def test_background_writer_reports_a_write_error_and_never_blocks(tmp_path: Path) -> None:
    path = tmp_path / "read-only"
    path.write_bytes(b"")
    fd = os.open(path, os.O_RDONLY)  # every write fails with EBADF, on the worker thread
    try:
        with BackgroundWriter(fd) as w, pytest.raises(OSError) as caught:
            for _ in range(4 * DEPTH):  # more than the pool holds: must not hang
                w.write(bytes(BUFFER_SIZE))
            w.finish()
        assert caught.value.errno == errno.EBADF
    finally:
        os.close(fd)


def test_background_writer_abandoned_mid_stream_ends_its_thread(tmp_path: Path) -> None:
    with (tmp_path / "out").open("wb", buffering=0) as f:
        with pytest.raises(RuntimeError, match="cancelled"), BackgroundWriter(f.fileno()) as w:
            w.write(bytes(3 * BUFFER_SIZE))
            raise RuntimeError("cancelled")
        with pytest.raises(ValueError, match="finished"):
            w.write(b"late")


def test_reserve_preallocates_then_cuts_to_the_bytes_written(tmp_path: Path) -> None:
    path = tmp_path / "out"
    with (
        path.open("wb", buffering=0) as f,
        BackgroundWriter(f.fileno(), reserve=8 * BUFFER_SIZE) as w,
    ):
        if sys.platform.startswith("linux"):
            assert os.fstat(f.fileno()).st_size == 8 * BUFFER_SIZE  # reserved up front
        w.write(b"abc" * 1000)
        w.finish()
    assert path.read_bytes() == b"abc" * 1000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fallocate is Linux-only")
def test_preallocate_on_a_full_disk_fails_at_once_with_enospc(tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    mnt = tmp_path / "small"
    mnt.mkdir()
    child = tmp_path / "child.py"
    child.write_text(
        "import errno, os, sys\n"
        "from safecase.storage.bulk_io import BackgroundWriter\n"
        "fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)\n"
        "try:\n"
        "    BackgroundWriter(fd, reserve=8 << 20)\n"
        "except OSError as exc:\n"
        "    print('errno', errno.errorcode[exc.errno], os.fstat(fd).st_size)\n"
    )
    script = f"mount -t tmpfs -o size=1m tmpfs {mnt} && {sys.executable} {child} {mnt}/f"
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    if "errno" not in result.stdout and "mount" in result.stderr:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    assert result.stdout.split() == ["errno", "ENOSPC", "0"], result.stderr
