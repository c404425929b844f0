"""Damaged, truncated and rearranged age files: none accepted, each with the right error class.

Also checks the partial-output rule: whatever reached the sink before an error is a verified
prefix of the original plaintext, never altered bytes.
"""

from __future__ import annotations

import io
import os
import random

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from safecase.crypto.age import (
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoIdentityMatch,
    AgePayloadError,
    X25519Identity,
    decrypt,
    encrypt_bytes,
)
from safecase.crypto.age.header import write_header
from safecase.crypto.age.stream import payload_key

CHUNK = 64 * 1024
ENC = CHUNK + 16
IDENTITY = X25519Identity.generate()
PLAINTEXT = os.urandom(3 * CHUNK + 1000)  # three full chunks and a short final one
SEALED = encrypt_bytes([IDENTITY.recipient], PLAINTEXT)
HEADER_END = SEALED.index(b"\n---") + len(b"\n--- ") + 43 + 1
PAYLOAD_START = HEADER_END + 16  # after the payload nonce
CHUNK_STARTS = [PAYLOAD_START + i * ENC for i in range(4)]


def attempt(data: bytes) -> tuple[AgeError | None, bytes]:
    sink = io.BytesIO()
    try:
        decrypt([IDENTITY], io.BytesIO(data), sink)
    except AgeError as exc:
        return exc, sink.getvalue()
    return None, sink.getvalue()


def assert_rejected(data: bytes, expected: type[AgeError] | tuple[type[AgeError], ...]) -> bytes:
    error, released = attempt(data)
    assert error is not None, "a damaged file was accepted"
    assert isinstance(error, expected), f"{type(error).__name__}: {error}"
    # Released output is always a chunk-aligned prefix of the true plaintext.
    assert PLAINTEXT.startswith(released)
    assert len(released) % CHUNK == 0
    assert len(released) < len(PLAINTEXT)
    return released


def test_intact_file_opens() -> None:
    assert attempt(SEALED) == (None, PLAINTEXT)


def test_truncation_at_every_header_byte_and_in_the_nonce() -> None:
    for cut in range(PAYLOAD_START):
        error, released = attempt(SEALED[:cut])
        assert isinstance(error, AgeHeaderError), f"cut at {cut}: {error!r}"
        assert released == b""


@pytest.mark.parametrize("boundary", [*CHUNK_STARTS, len(SEALED)])
def test_truncation_around_every_chunk_boundary(boundary: int) -> None:
    for cut in range(boundary - 2, boundary + 3):
        if PAYLOAD_START <= cut < len(SEALED):
            released = assert_rejected(SEALED[:cut], AgePayloadError)
            full_chunks_kept = max(0, (cut - PAYLOAD_START) // ENC)
            # A chunk is released only once the data after it proves it is not the last.
            assert len(released) <= full_chunks_kept * CHUNK


def test_every_bit_flip_in_header_and_nonce_is_caught() -> None:
    for position in range(PAYLOAD_START):
        for bit in range(8):
            damaged = bytearray(SEALED)
            damaged[position] ^= 1 << bit
            if position < HEADER_END:
                expected: tuple[type[AgeError], ...] = (
                    AgeHeaderError,
                    AgeHeaderMacError,
                    AgeNoIdentityMatch,
                )
            else:
                expected = (AgePayloadError,)
            released = assert_rejected(bytes(damaged), expected)
            assert released == b""


def test_300_random_payload_bit_flips_are_caught() -> None:
    rng = random.Random(20240501)
    for _ in range(300):
        position = rng.randrange(PAYLOAD_START, len(SEALED))
        damaged = bytearray(SEALED)
        damaged[position] ^= 1 << rng.randrange(8)
        released = assert_rejected(bytes(damaged), AgePayloadError)
        damaged_chunk = (position - PAYLOAD_START) // ENC
        assert len(released) <= damaged_chunk * CHUNK


def chunks(data: bytes) -> list[bytes]:
    return [data[start : start + ENC] for start in CHUNK_STARTS]


def rebuild(parts: list[bytes]) -> bytes:
    return SEALED[:PAYLOAD_START] + b"".join(parts)


@pytest.mark.parametrize(
    ("name", "order"),
    [
        ("swap first two", [1, 0, 2, 3]),
        ("swap middle", [0, 2, 1, 3]),
        ("drop a middle chunk", [0, 2, 3]),
        ("drop the first chunk", [1, 2, 3]),
        ("drop the final chunk", [0, 1, 2]),
        ("duplicate a chunk", [0, 1, 1, 2, 3]),
        ("duplicate the final chunk", [0, 1, 2, 3, 3]),
        ("final chunk moved first", [3, 0, 1, 2]),
    ],
)
def test_rearranged_chunks_are_rejected(name: str, order: list[int]) -> None:
    parts = chunks(SEALED)
    released = assert_rejected(rebuild([parts[i] for i in order]), AgePayloadError)
    # Exactly the chunks that are still in their original place at the front are released.
    intact_prefix = 0
    for slot, index in enumerate(order):
        if slot != index or index == 3:
            break
        intact_prefix += 1
    assert len(released) == intact_prefix * CHUNK, name


def test_chunk_from_another_file_is_rejected() -> None:
    other = encrypt_bytes([IDENTITY.recipient], PLAINTEXT)
    parts = chunks(SEALED)
    parts[1] = chunks(other)[1]
    assert_rejected(rebuild(parts), AgePayloadError)


@pytest.mark.parametrize("extra", [b"\x00", os.urandom(15), os.urandom(16), os.urandom(ENC)])
def test_trailing_data_is_rejected(extra: bytes) -> None:
    assert_rejected(SEALED + extra, AgePayloadError)


def test_empty_final_chunk_after_full_chunks_is_rejected() -> None:
    """Hand-build a file whose payload is one full chunk and then an empty final chunk."""
    file_key = os.urandom(16)
    nonce = os.urandom(16)
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    header = write_header(IDENTITY.recipient.wrap(file_key), file_key)
    first = aead.encrypt(bytes(11) + b"\x00", PLAINTEXT[:CHUNK], None)
    empty_final = aead.encrypt((1).to_bytes(11, "big") + b"\x01", b"", None)
    released = assert_rejected(header + nonce + first + empty_final, AgePayloadError)
    assert released == PLAINTEXT[:CHUNK]
    # The same construction with a non-empty final chunk is accepted: the check is precise.
    final = aead.encrypt((1).to_bytes(11, "big") + b"\x01", b"tail", None)
    assert attempt(header + nonce + first + final) == (None, PLAINTEXT[:CHUNK] + b"tail")
