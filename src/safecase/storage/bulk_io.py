"""Bulk file streaming on worker threads: a read-ahead source, a background writer, and
preallocation of an output file whose size is known.

Why threads: a backup or verify hashes, encrypts and writes about a gigabyte; `hashlib`, the
AEAD of `cryptography` and file I/O all release the GIL, so on two cores one stage runs while
another waits. Why a pool of reused 1 MiB buffers: a fresh 1 MiB `bytes` per block is a new
`mmap` each time in glibc, and faulting in that memory cost more than the copy into a warm
buffer does (benchmarks/backup.py, ADR 0007).

Rules: at most `DEPTH` buffers per stage, so memory stays flat whatever the file size; a
worker's exception is re-raised in the calling thread at its next call; `close()` (also on
`with` exit) always stops and joins the worker, so no thread outlives an error or a cancel.
Data is copied in and out, so callers may reuse their own buffers at once.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import queue
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Protocol, Self

BUFFER_SIZE = 1024 * 1024
WRITE_BEHIND = 8 * BUFFER_SIZE  # how much written data to hand to the disk at a time
DEPTH = 4  # buffers per stage: enough to absorb jitter between stages
THREAD_PREFIX = "safecase-io-"


class Digest(Protocol):
    def update(self, data: memoryview, /) -> None: ...


class _Pool:
    """Up to `DEPTH` buffers, allocated on first use and then handed round."""

    def __init__(self) -> None:
        self._free: queue.SimpleQueue[bytearray | None] = queue.SimpleQueue()
        self._made = 0

    def take(self) -> bytearray | None:
        """A free buffer, waiting for one if all are in use; None once `wake` was called."""
        if self._made < DEPTH and self._free.empty():
            self._made += 1
            return bytearray(BUFFER_SIZE)
        return self._free.get()

    def give(self, buf: bytearray) -> None:
        self._free.put(buf)

    def wake(self) -> None:
        self._free.put(None)


class _Worker:
    """Owns one daemon thread; `with` exit calls `close()`, which stops it, `wake`s it (it may
    be waiting for a buffer or for work) and joins it."""

    def __init__(self, target: Callable[[], None], name: str, wake: Callable[[], None]) -> None:
        self._stop = threading.Event()
        self._wake = wake
        self._thread = threading.Thread(target=target, name=THREAD_PREFIX + name, daemon=True)

    def close(self) -> None:
        self._stop.set()
        self._join()

    def _join(self) -> None:
        if self._thread.is_alive():
            self._wake()
            self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ReadAhead(_Worker):
    """A readable stream whose bytes `fill(buffer) -> count` produces on a worker thread, ahead
    of the reader. `fill` fills the whole buffer except at the end and returns 0 after it."""

    def __init__(self, fill: Callable[[memoryview], int], *, name: str = "read-ahead") -> None:
        self._pool = _Pool()
        super().__init__(self._run, name, self._pool.wake)
        self._fill = fill
        self._filled: queue.SimpleQueue[tuple[bytearray, int] | BaseException] = queue.SimpleQueue()
        self._buf = bytearray()
        self._size = 0
        self._pos = 0
        self._ended = False
        self._failed: BaseException | None = None
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                buf = self._pool.take()
                if buf is None or self._stop.is_set():
                    return
                n = self._fill(memoryview(buf))
                self._filled.put((buf, n))
                if n == 0:
                    return
        except BaseException as exc:  # re-raised in the reading thread
            self._filled.put(exc)

    def _current(self) -> memoryview | None:
        """The unread part of the current buffer, fetching the next one; None at the end."""
        while self._pos >= self._size:
            if self._failed is not None:
                raise self._failed
            if self._ended:
                return None
            if self._size:
                self._pool.give(self._buf)
                self._size = 0
            item = self._filled.get()
            if isinstance(item, BaseException):
                self._failed = item
                raise item
            self._buf, self._size = item
            self._pos = 0
            self._ended = self._size == 0
        return memoryview(self._buf)[self._pos : self._size]

    def read(self, n: int = -1, /) -> bytes:
        """At most `n` bytes (fewer at a buffer's end); b"" at the end of the stream."""
        view = self._current()
        if view is None:
            return b""
        take = len(view) if n < 0 else min(n, len(view))
        self._pos += take
        return bytes(view[:take])

    def readinto(self, b: memoryview | bytearray, /) -> int:
        view = self._current()
        if view is None:
            return 0
        take = min(len(b), len(view))
        b[:take] = view[:take]
        self._pos += take
        return take


class BackgroundWriter(_Worker):
    """A sink that writes to the open file descriptor `fd` on a worker thread, in 1 MiB
    writes, updating `digest` (if given) with every byte on the way. Call `finish()` to wait
    for the writes and learn of any error; `close()` without `finish()` abandons queued data.

    With `reserve`, that many bytes are first allocated on disk (`preallocate`): a full disk
    fails at once with ENOSPC, and `finish()` cuts the file to the bytes actually written.
    With `write_behind`, the disk starts writing each few MiB as soon as it is written
    (`start_writeback`), so the caller's closing fsync has little left to wait for."""

    def __init__(
        self,
        fd: int,
        *,
        digest: Digest | None = None,
        reserve: int = 0,
        write_behind: bool = False,
        name: str = "writer",
    ) -> None:
        self._queue: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        super().__init__(self._run, name, lambda: self._queue.put(None))
        self._fd = fd
        self._digest = digest
        self._reserved = reserve > 0 and preallocate(fd, reserve)
        self._write_behind = write_behind
        self._pool = _Pool()
        self._buf: bytearray | None = None
        self._fill = 0
        self._error: BaseException | None = None
        self._thread.start()

    def _run(self) -> None:
        start = done = os.lseek(self._fd, 0, os.SEEK_CUR) if self._write_behind else 0
        while (item := self._queue.get()) is not None:
            buf, n = item
            if self._error is None and not self._stop.is_set():
                try:
                    view = memoryview(buf)[:n]
                    if self._digest is not None:
                        self._digest.update(view)
                    write_all(self._fd, view)
                    done += n
                    if self._write_behind and done - start >= WRITE_BEHIND:
                        start_writeback(self._fd, start, done - start)
                        start = done
                except BaseException as exc:  # re-raised in the producing thread
                    self._error = exc
            self._pool.give(buf)  # also after an error, so the producer never waits forever

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        view = memoryview(data)
        while view:
            if self._error is not None:
                raise self._error
            if self._buf is None:
                if not self._thread.is_alive():
                    raise ValueError("write to a finished BackgroundWriter")
                self._buf = self._pool.take()  # waits while all buffers are queued
                if self._buf is None:  # pragma: no cover - this pool is never woken
                    raise ValueError("writer pool closed")
            take = min(len(view), BUFFER_SIZE - self._fill)
            self._buf[self._fill : self._fill + take] = view[:take]
            self._fill += take
            view = view[take:]
            if self._fill == BUFFER_SIZE:
                self._send()
        return len(data)

    def _send(self) -> None:
        if self._buf is not None:
            self._queue.put((self._buf, self._fill))
            self._buf, self._fill = None, 0

    def finish(self) -> None:
        """Wait until every byte passed to `write` is in the file; raise a write error."""
        self._send()
        self._join()  # the writer's wake-up is its end-of-work marker, queued after the data
        if self._error is not None:
            raise self._error
        if self._reserved:
            os.ftruncate(self._fd, os.lseek(self._fd, 0, os.SEEK_CUR))


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing this range of the file to disk, without waiting
    (Linux `sync_file_range(SYNC_FILE_RANGE_WRITE)`). Only a head start for a later fsync,
    never a substitute for it; does nothing where unsupported."""
    sync_file_range = _libc_function("sync_file_range")
    if sync_file_range is not None:
        sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)  # errors: just no head start


def write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data) :]


# Errors that mean "this disk cannot hold the file": raised. Any other failure (no fallocate
# on this file system or platform) only means no preallocation.
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def preallocate(fd: int, size: int) -> bool:
    """Allocate `size` bytes for the file on disk (Linux `fallocate`), extending it with
    zeros. True if done; False where unsupported; OSError(ENOSPC, …) if the disk is full.

    Not `os.posix_fallocate`: where the file system lacks fallocate (FAT, exFAT: USB sticks),
    glibc emulates it by writing the whole file once more."""
    fallocate = _libc_function("fallocate")
    if fallocate is None or size <= 0:
        return False
    if fallocate(fd, 0, 0, size) == 0:
        return True
    err = ctypes.get_errno()
    if err in _FULL:
        raise OSError(err, os.strerror(err))
    return False


_SYNC_FILE_RANGE_WRITE = 2  # start writing dirty pages, do not wait for them
_ARGTYPES = {
    # int fallocate(int fd, int mode, off64_t offset, off64_t len)
    "fallocate": [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64],
    # int sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags)
    "sync_file_range": [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint],
}


@functools.cache
def _libc_function(name: str) -> Callable[[int, int, int, int], int] | None:
    """`fallocate` or `sync_file_range` of the process's own libc (64-bit offsets), or None."""
    if not sys.platform.startswith("linux") or sys.maxsize < 2**32:
        return None
    libc = ctypes.CDLL(None, use_errno=True)  # no library search: the libc already loaded
    func = getattr(libc, name + "64", None) or getattr(libc, name, None)
    if func is None:
        return None
    func.argtypes = _ARGTYPES[name]
    func.restype = ctypes.c_int
    return func  # type: ignore[no-any-return]
