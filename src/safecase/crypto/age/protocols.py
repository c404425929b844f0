"""The two roles in age: a recipient wraps a file key into stanzas; an identity unwraps it.

Rule: `Identity.unwrap` returns None when no stanza is addressed to it (or none opens with
it), and raises `AgeHeaderError` when a stanza of its own type is malformed; stanzas of other
types are ignored, as the spec requires for forward compatibility ("grease").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from safecase.crypto.age.header import Stanza

FILE_KEY_SIZE = 16
# ChaCha20-Poly1305 of a 16-byte file key: checked before decrypting, so a stanza with a
# longer body cannot act as a partitioning oracle.
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16


class Recipient(Protocol):
    """Encryption side: wraps a fresh file key for one reader."""

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


class Identity(Protocol):
    """Decryption side: recovers the file key from the stanzas addressed to it."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...
