"""Attachment content inside the encrypted store, in chunks, streamed in and out so memory use
stays bounded by one chunk whatever the file's size."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from safecase.domain.errors import ValidationError
from safecase.storage.connection import Connection

CHUNK_BYTES = 256 * 1024


def write_chunks(
    conn: Connection, attachment_id: str, source: BinaryIO, *, max_bytes: int
) -> tuple[int, str]:
    """Store `source` as chunks; returns (size, sha256 hex). Raises before exceeding the limit."""
    digest = hashlib.sha256()
    size = 0
    seq = 0
    while True:
        chunk = source.read(CHUNK_BYTES)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise ValidationError(
                "content", f"larger than the {max_bytes // (1024 * 1024)} MB attachment limit"
            )
        digest.update(chunk)
        conn.execute(
            "INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)",
            (attachment_id, seq, chunk),
        )
        seq += 1
    return size, digest.hexdigest()


def read_chunks(conn: Connection, attachment_id: str) -> Iterator[bytes]:
    """Yield the content chunk by chunk (one query per chunk: no cursor held across yields)."""
    seq = 0
    while True:
        row = conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
            (attachment_id, seq),
        ).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1
