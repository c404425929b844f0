"""Buffered reading of an untrusted byte stream, shared by the header parser and the payload.

Rule: every read is bounded by the caller (a line limit, a chunk size), so a hostile or endless
source cannot make us buffer without limit. Sources may return short reads (pipes); `Reader`
hides that.
"""

from __future__ import annotations

from typing import Protocol


class ByteSource(Protocol):
    """Anything with a binary `read(n)`: an open file, a `BytesIO`, a socket file."""

    def read(self, n: int = -1, /) -> bytes: ...


class ByteSink(Protocol):
    """Anything with a binary `write(data)`."""

    def write(self, data: bytes, /) -> object: ...


class Reader:
    """Buffered reads over a `ByteSource`, so header lines and payload share one cursor."""

    def __init__(self, src: ByteSource) -> None:
        self._src = src
        self._buf = bytearray()
        self._eof = False

    def _fill(self, want: int) -> None:
        while len(self._buf) < want and not self._eof:
            data = self._src.read(max(want - len(self._buf), 64 * 1024))
            if not data:
                self._eof = True
            else:
                self._buf += data

    def read_line(self, limit: int) -> bytes | None:
        """Next line including its LF, or None at EOF, a missing LF, or past `limit` bytes."""
        start = 0
        while True:
            idx = self._buf.find(b"\n", start, limit)
            if idx >= 0:
                line = bytes(self._buf[: idx + 1])
                del self._buf[: idx + 1]
                return line
            if len(self._buf) >= limit or self._eof:
                return None
            start = len(self._buf)
            self._fill(min(len(self._buf) + 4096, limit))

    def read_up_to(self, n: int) -> bytes:
        """Up to `n` bytes; fewer only at end of input."""
        parts: list[bytes] = []
        if self._buf:
            parts.append(bytes(self._buf[:n]))
            del self._buf[:n]
        # Past the buffered header bytes, read straight from the source: no extra copy.
        missing = n - (len(parts[0]) if parts else 0)
        while missing > 0 and not self._eof:
            data = self._src.read(missing)
            if not data:
                self._eof = True
                break
            parts.append(data)
            missing -= len(data)
        return parts[0] if len(parts) == 1 else b"".join(parts)  # b"" when there are none

    def peek(self, n: int) -> bytes:
        self._fill(n)
        return bytes(self._buf[:n])
