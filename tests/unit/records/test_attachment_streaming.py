"""A 50 MB attachment streams in and out without being loaded whole into memory."""

from __future__ import annotations

import hashlib
import io
import tracemalloc

from factories import make_person
from safecase.services.records import RecordsService

SIZE = 50 * 1024 * 1024


class GeneratedFile(io.RawIOBase):
    """50 MB of deterministic bytes produced on demand (never held whole)."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._counter = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = self._left if n < 0 else min(n, self._left)
        out = bytearray()
        while len(out) < n:
            out += hashlib.sha256(self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
        self._left -= n
        return bytes(out[:n])


def test_fifty_megabytes_stream_with_bounded_memory(records: RecordsService) -> None:
    person = make_person()
    records.create(person)
    expected = hashlib.sha256()
    source = GeneratedFile(SIZE)
    tracemalloc.start()
    try:
        att = records.add_attachment(source, "video.mp4", "video/mp4", person.id)
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        total = 0
        for chunk in records.attachment_chunks(att.id):
            digest.update(chunk)
            total += len(chunk)
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    replay = GeneratedFile(SIZE)
    while block := replay.read(1 << 20):
        expected.update(block)
    assert att.size == total == SIZE
    assert att.sha256 == digest.hexdigest() == expected.hexdigest()
    assert peak_in < 8 * 1024 * 1024, peak_in
    assert peak_out < 8 * 1024 * 1024, peak_out
