"""Header-level rules not pinned down by the test vectors: layout, limits, grease, layering."""

from __future__ import annotations

import io
import os

import pytest

from safecase.crypto.age import (
    AgeHeaderError,
    AgeHeaderMacError,
    ScryptIdentity,
    ScryptRecipient,
    Stanza,
    X25519Identity,
    decrypt_bytes,
)
from safecase.crypto.age.header import MAX_HEADER_BYTES, read_header, write_header
from safecase.crypto.age.reader import Reader
from safecase.crypto.age.stream import encrypt_payload, payload_key

IDENTITY = X25519Identity.generate()


def build(stanzas: list[Stanza], file_key: bytes, plaintext: bytes = b"payload") -> bytes:
    """A complete age file around arbitrary stanzas, with a correct MAC and payload."""
    nonce = os.urandom(16)
    out = io.BytesIO()
    out.write(write_header(stanzas, file_key))
    out.write(nonce)
    encrypt_payload(payload_key(file_key, nonce), io.BytesIO(plaintext), out)
    return out.getvalue()


@pytest.mark.parametrize("body_len", [0, 1, 47, 48, 49, 95, 96, 200])
def test_stanza_bodies_of_every_shape_round_trip(body_len: int) -> None:
    stanzas = [Stanza(("example.com/grease", "a", "+/="), os.urandom(body_len))]
    file_key = os.urandom(16)
    encoded = write_header(stanzas, file_key)
    lines = encoded.split(b"\n")
    body_lines = lines[2:-2]
    assert all(len(line) == 64 for line in body_lines[:-1])
    assert len(body_lines[-1]) < 64  # always a final short line, empty when needed
    header = read_header(Reader(io.BytesIO(encoded)))
    assert header.stanzas == tuple(stanzas)
    assert header.mac_input == encoded[: encoded.index(b"---") + 3]


def test_unknown_stanzas_are_ignored_but_covered_by_the_mac() -> None:
    file_key = os.urandom(16)
    grease = [
        Stanza(("x25519-lowercase", "arg"), os.urandom(32)),
        Stanza(("example.org/plugin", "A" * 200), os.urandom(500)),
    ]
    stanzas = [*grease, *IDENTITY.recipient.wrap(file_key)]
    sealed = build(stanzas, file_key)
    assert decrypt_bytes([IDENTITY], sealed) == b"payload"
    tampered = sealed.replace(b"A" * 200, b"B" + b"A" * 199, 1)
    with pytest.raises(AgeHeaderMacError):
        decrypt_bytes([IDENTITY], tampered)


def test_x25519_body_length_is_checked_before_decrypting() -> None:
    # A 48-byte body could hold a longer "file key"; it must be refused unopened.
    file_key = os.urandom(16)
    good = IDENTITY.recipient.wrap(file_key)[0]
    long_body = Stanza(good.args, os.urandom(48))
    with pytest.raises(AgeHeaderError, match="length"):
        decrypt_bytes([IDENTITY], build([long_body], file_key))


def test_scrypt_alongside_other_stanzas_is_refused_by_the_reader() -> None:
    file_key = os.urandom(16)
    scrypt_stanza = ScryptRecipient(b"pw", log_n=2, allow_weak=True).wrap(file_key)[0]
    sealed = build([scrypt_stanza, *IDENTITY.recipient.wrap(file_key)], file_key)
    # Even an X25519 identity, which could open the file, must refuse it.
    with pytest.raises(AgeHeaderError, match="only stanza"):
        decrypt_bytes([IDENTITY], sealed)


def test_scrypt_identity_enforces_being_alone_by_itself() -> None:
    file_key = os.urandom(16)
    scrypt_stanza = ScryptRecipient(b"pw", log_n=2, allow_weak=True).wrap(file_key)[0]
    other = IDENTITY.recipient.wrap(file_key)[0]
    with pytest.raises(AgeHeaderError, match="only stanza"):
        ScryptIdentity(b"pw").unwrap([other, scrypt_stanza])
    assert ScryptIdentity(b"pw").unwrap([scrypt_stanza]) == file_key


def test_oversized_header_is_refused_without_reading_it_all() -> None:
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            self.served += max(n, 0)
            return b"-> grease\n" if self.served < 64 else b"A" * 63 + b"\n"

    source = Endless()
    with pytest.raises(AgeHeaderError):
        read_header(Reader(io.BytesIO(b"age-encryption.org/v1\n" + b"-> a\n" * 300_000)))
    with pytest.raises(AgeHeaderError):
        read_header(Reader(source))
    assert source.served < 2 * MAX_HEADER_BYTES


def test_long_line_without_newline_is_refused() -> None:
    with pytest.raises(AgeHeaderError):
        read_header(Reader(io.BytesIO(b"age-encryption.org/v1\n-> " + b"A" * (2 << 20))))


@pytest.mark.parametrize(
    "header",
    [
        b"age-encryption.org/v1\n--- " + b"A" * 43 + b"\n",  # no stanzas
        b"age-encryption.org/v1\n->  X25519\n\n--- " + b"A" * 43 + b"\n",  # empty argument
        b"age-encryption.org/v1\n-> X25519\n\n---  " + b"A" * 42 + b"\n",  # double space
        b"age-encryption.org/v1\n-> X25519\n\n--- "
        + b"A" * 42
        + b"B\n",  # non-canonical (spare bits set)
        b"age-encryption.org/v1 \n-> X25519\n\n--- " + b"A" * 43 + b"\n",  # version suffix
        b"\xefage-encryption.org/v1\n",  # leading junk
    ],
)
def test_malformed_headers_are_refused(header: bytes) -> None:
    with pytest.raises(AgeHeaderError):
        read_header(Reader(io.BytesIO(header)))
