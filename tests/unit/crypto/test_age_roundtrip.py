"""Round trips and API contracts of the age writer and reader (real crypto, no mocks)."""

from __future__ import annotations

import io
import os

import pytest

from safecase.crypto.age import (
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeNoIdentityMatch,
    AgePayloadError,
    AgeUnsupported,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    decrypt_bytes,
    encrypt,
    encrypt_bytes,
)
from safecase.domain.errors import InvalidInput, WrongSecret

CHUNK = 64 * 1024
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK]
PASSPHRASE = b"correct horse battery staple"


def weak_scrypt(passphrase: bytes = PASSPHRASE) -> ScryptRecipient:
    return ScryptRecipient(passphrase, log_n=10, allow_weak=True)


def payload_length(size: int) -> int:
    """Ciphertext after the header: nonce, then one 16-byte tag per chunk (at least one)."""
    chunks = max(1, -(-size // CHUNK))
    return 16 + size + 16 * chunks


@pytest.mark.parametrize("size", SIZES)
def test_x25519_round_trip(size: int) -> None:
    identity = X25519Identity.generate()
    data = os.urandom(size)
    sealed = encrypt_bytes([identity.recipient], data)
    assert decrypt_bytes([identity], sealed) == data
    header_end = sealed.index(b"\n---") + len(b"\n--- ") + 43 + 1
    assert len(sealed) - header_end == payload_length(size)


@pytest.mark.parametrize("size", SIZES)
def test_scrypt_round_trip(size: int) -> None:
    data = os.urandom(size)
    sealed = encrypt_bytes([weak_scrypt()], data)
    assert sealed.split(b"\n")[1].endswith(b" 10")
    assert decrypt_bytes([ScryptIdentity(PASSPHRASE)], sealed) == data


def test_streaming_api_reports_progress() -> None:
    identity = X25519Identity.generate()
    data = os.urandom(2 * CHUNK + 5)
    sealed, plain = io.BytesIO(), io.BytesIO()
    seen_enc: list[int] = []
    seen_dec: list[int] = []
    encrypt([identity.recipient], io.BytesIO(data), sealed, progress=seen_enc.append)
    sealed.seek(0)
    decrypt([identity], sealed, plain, progress=seen_dec.append)
    assert plain.getvalue() == data
    assert seen_enc == seen_dec == [CHUNK, 2 * CHUNK, 2 * CHUNK + 5]


class _Trickle(io.RawIOBase):
    """A source that returns at most 7 bytes per read, like a slow pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        return self._data.read(min(n, 7) if n >= 0 else 7)


def test_short_reads_are_handled_both_ways() -> None:
    identity = X25519Identity.generate()
    data = os.urandom(CHUNK + 100)
    sealed = io.BytesIO()
    encrypt([identity.recipient], _Trickle(data), sealed)
    plain = io.BytesIO()
    decrypt([identity], _Trickle(sealed.getvalue()), plain)
    assert plain.getvalue() == data


def test_multiple_recipients_each_open_the_file() -> None:
    first, second = X25519Identity.generate(), X25519Identity.generate()
    sealed = encrypt_bytes([first.recipient, second.recipient], b"shared")
    assert decrypt_bytes([second], sealed) == b"shared"
    assert decrypt_bytes([X25519Identity.generate(), first], sealed) == b"shared"


def test_every_file_gets_fresh_keys_and_nonce() -> None:
    identity = X25519Identity.generate()
    a = encrypt_bytes([identity.recipient], b"same")
    b = encrypt_bytes([identity.recipient], b"same")
    assert a != b
    assert a.split(b"\n")[1] != b.split(b"\n")[1]  # fresh ephemeral share
    assert a[-36:-20] != b[-36:-20]  # fresh payload nonce


def test_wrong_identity_and_passphrase_are_wrong_secrets() -> None:
    sealed_x = encrypt_bytes([X25519Identity.generate().recipient], b"x")
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([X25519Identity.generate()], sealed_x)
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([ScryptIdentity(PASSPHRASE)], sealed_x)
    sealed_p = encrypt_bytes([weak_scrypt()], b"x")
    for near_miss in (PASSPHRASE + b" ", PASSPHRASE.upper(), PASSPHRASE[:-1]):
        with pytest.raises(AgeNoIdentityMatch):
            decrypt_bytes([ScryptIdentity(near_miss)], sealed_p)
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([], sealed_p)


def test_error_classes_map_to_domain_errors() -> None:
    assert issubclass(AgeNoIdentityMatch, WrongSecret)
    for cls in (AgeHeaderError, AgeHeaderMacError, AgePayloadError, AgeUnsupported):
        assert issubclass(cls, InvalidInput)
        assert issubclass(cls, AgeError)
        assert not issubclass(cls, WrongSecret)
    assert not issubclass(AgeHeaderMacError, AgeHeaderError)


def test_scrypt_must_be_alone_when_encrypting() -> None:
    recipients: list[Recipient] = [weak_scrypt(), X25519Identity.generate().recipient]
    with pytest.raises(ValueError, match="only recipient"):
        encrypt_bytes(recipients, b"x")
    with pytest.raises(ValueError, match="only recipient"):
        encrypt_bytes([weak_scrypt(), weak_scrypt()], b"x")
    with pytest.raises(ValueError):
        encrypt_bytes([], b"x")


def test_scrypt_work_factor_policy() -> None:
    with pytest.raises(ValueError, match="too weak"):
        ScryptRecipient(PASSPHRASE, log_n=17)
    with pytest.raises(ValueError, match="refuse"):
        ScryptRecipient(PASSPHRASE, log_n=23, allow_weak=True)
    with pytest.raises(ValueError):
        ScryptRecipient(b"", log_n=10, allow_weak=True)
    ScryptRecipient(PASSPHRASE)  # the default (18) is accepted


def test_scrypt_identity_refuses_work_above_its_cap() -> None:
    sealed = encrypt_bytes([ScryptRecipient(PASSPHRASE, log_n=12, allow_weak=True)], b"x")
    with pytest.raises(AgeHeaderError, match="limit"):
        decrypt_bytes([ScryptIdentity(PASSPHRASE, max_log_n=11)], sealed)
    assert decrypt_bytes([ScryptIdentity(PASSPHRASE, max_log_n=12)], sealed) == b"x"


def test_passphrase_may_be_a_bytearray() -> None:
    secret = bytearray(PASSPHRASE)
    sealed = encrypt_bytes([ScryptRecipient(secret, log_n=10, allow_weak=True)], b"x")
    assert decrypt_bytes([ScryptIdentity(secret)], sealed) == b"x"
    with pytest.raises(TypeError):
        ScryptIdentity("text passphrase")  # type: ignore[arg-type]


def test_header_is_the_documented_text_format() -> None:
    identity = X25519Identity.generate()
    sealed = encrypt_bytes([identity.recipient], b"")
    lines = sealed.split(b"\n")
    assert lines[0] == b"age-encryption.org/v1"
    assert lines[1].startswith(b"-> X25519 ") and len(lines[1]) == len(b"-> X25519 ") + 43
    assert len(lines[2]) == 43  # 32-byte wrapped key, a single short body line
    assert lines[3].startswith(b"--- ") and len(lines[3]) == 47


def test_armored_input_is_refused_as_unsupported() -> None:
    with pytest.raises(AgeUnsupported, match="armor"):
        decrypt_bytes([X25519Identity.generate()], b"-----BEGIN AGE ENCRYPTED FILE-----\n")


def test_error_messages_carry_no_secrets_or_plaintext() -> None:
    identity = X25519Identity.generate()
    secret_text = b"CANARY-Mrs-Example-lives-at-1-Hidden-Road"
    sealed = bytearray(encrypt_bytes([identity.recipient], secret_text))
    sealed[-1] ^= 1
    with pytest.raises(AgePayloadError) as info:
        decrypt_bytes([identity], bytes(sealed))
    message = str(info.value)
    assert "CANARY" not in message
    assert identity.to_str()[16:30] not in message.upper()
