"""The age v1 payload: STREAM-chunked ChaCha20-Poly1305 in 64 KiB chunks, bounded memory.

Rule: the 12-byte chunk nonce is an 11-byte big-endian counter plus a last-chunk flag, so a
dropped, reordered, duplicated or truncated chunk fails authentication. Decryption reads one
chunk ahead to learn which chunk is the last one; it rejects a payload without a valid final
chunk, an empty final chunk after other chunks, and any data after the final chunk.

Decryption writes each chunk to the sink as soon as that chunk verifies. The checks that need
the end of the file (a valid final chunk, no trailing data) run last, so a sink may hold a
verified prefix when `AgePayloadError` is raised: write to a temporary target and keep it
only when the call returns.
"""

from __future__ import annotations

from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safecase.crypto.age.errors import AgePayloadError
from safecase.crypto.age.reader import ByteSink, ByteSource, Reader

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
_MAX_COUNTER = (1 << 88) - 1

Progress = Callable[[int], None]


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(ikm = file key, salt = payload nonce, info = "payload")."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(file_key)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:  # pragma: no cover - 2**88 chunks cannot occur in practice
        raise AgePayloadError("payload too long: chunk counter overflow")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt_payload(
    key: bytes, src: ByteSource, dst: ByteSink, progress: Progress | None = None
) -> None:
    """Encrypt all of `src` into `dst` as STREAM chunks (the nonce is written by the caller)."""
    aead = ChaCha20Poly1305(key)
    reader = Reader(src)
    counter = 0
    done = 0
    current = reader.read_up_to(CHUNK_SIZE)
    while True:
        # Read ahead so a payload of exactly k * 64 KiB ends in a full final chunk, never in
        # an empty one (the spec forbids an empty final chunk unless the payload is empty).
        following = reader.read_up_to(CHUNK_SIZE) if len(current) == CHUNK_SIZE else b""
        last = not following
        dst.write(aead.encrypt(_chunk_nonce(counter, last), current, None))
        done += len(current)
        if progress is not None:
            progress(done)
        if last:
            return
        counter += 1
        current = following


def _open(aead: ChaCha20Poly1305, counter: int, last: bool, chunk: bytes) -> bytes | None:
    try:
        return aead.decrypt(_chunk_nonce(counter, last), chunk, None)
    except InvalidTag:
        return None


def decrypt_payload(
    key: bytes, reader: Reader, dst: ByteSink, progress: Progress | None = None
) -> None:
    """Verify and decrypt STREAM chunks from `reader` into `dst` up to a valid final chunk."""
    aead = ChaCha20Poly1305(key)
    counter = 0
    done = 0
    current = reader.read_up_to(ENCRYPTED_CHUNK_SIZE)
    while True:
        full = len(current) == ENCRYPTED_CHUNK_SIZE
        # Only a full-size chunk can be followed by more; a short read means end of input.
        following = reader.read_up_to(ENCRYPTED_CHUNK_SIZE) if full else b""
        at_end = not following
        if len(current) < TAG_SIZE:
            raise AgePayloadError(f"payload truncated in chunk {counter}")
        last = at_end
        plaintext = _open(aead, counter, last, current)
        if plaintext is None and full:
            # A full-size chunk may carry either flag; trying the other one tells "truncated
            # after this chunk" and "data after the final chunk" apart from damage, and
            # releases the same verified prefix as the reference implementation.
            last = not at_end
            plaintext = _open(aead, counter, last, current)
        if plaintext is None:
            raise AgePayloadError(f"payload chunk {counter} failed authentication")
        if last and not plaintext and counter > 0:
            raise AgePayloadError("payload ends with an empty final chunk")
        dst.write(plaintext)
        done += len(plaintext)
        if progress is not None:
            progress(done)
        if last and not at_end:
            raise AgePayloadError("data after the final payload chunk")
        if at_end and not last:
            raise AgePayloadError("payload truncated: no final chunk")
        if last:
            return
        counter += 1
        current = following
