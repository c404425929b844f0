"""Key strings, bech32 and strict base64: known answers, rejection reasons, no leaked secrets."""

from __future__ import annotations

import pytest

from safecase.crypto.age import (
    AgeError,
    AgeKeyFormatError,
    X25519Identity,
    X25519Recipient,
    b64,
    bech32,
)
from safecase.domain.errors import InvalidInput

# From the age spec (C2SP age.md, "The X25519 recipient type").
SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"

# BIP 173 test vectors (valid and invalid bech32 strings).
BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
BIP173_INVALID = [
    "\x201nwldj5",  # HRP character out of range
    "\x7f1axkwrx",
    "pzry9x0s0muk",  # no separator
    "1pzry9x0s0muk",  # empty HRP
    "x1b4n0q5v",  # invalid data character
    "li1dgmt3",  # too short checksum
    "de1lg7wt\xff",  # invalid character in checksum
    "A1G7SGD8",  # checksum calculated with upper-case HRP
    "10a06t8",  # empty HRP
    "1qzzfhee",  # empty HRP
    "A12uEL5L",  # mixed case
]


@pytest.mark.parametrize("text", BIP173_VALID)
def test_bech32_valid_round_trips(text: str) -> None:
    hrp, data = bech32.decode(text)
    assert bech32.encode(hrp, data) == text.lower()


@pytest.mark.parametrize("text", BIP173_INVALID)
def test_bech32_invalid_rejected(text: str) -> None:
    with pytest.raises(bech32.Bech32Error):
        bech32.decode(text)


def test_spec_identity_gives_spec_recipient() -> None:
    identity = X25519Identity.from_str(SPEC_IDENTITY)
    assert identity.recipient.to_str() == SPEC_RECIPIENT
    assert identity.to_str() == SPEC_IDENTITY
    assert X25519Recipient.from_str(SPEC_RECIPIENT) == identity.recipient


def test_identity_string_is_lenient_with_typing() -> None:
    typed = (
        "  " + SPEC_IDENTITY.lower()[:20] + " \n" + SPEC_IDENTITY[20:40] + "\t" + SPEC_IDENTITY[40:]
    )
    assert X25519Identity.from_str(typed).to_str() == SPEC_IDENTITY


def test_generated_identity_round_trips() -> None:
    identity = X25519Identity.generate()
    text = identity.to_str()
    assert text.startswith("AGE-SECRET-KEY-1") and text.upper() == text
    again = X25519Identity.from_str(text)
    assert again.recipient == identity.recipient
    assert identity.recipient.to_str().startswith("age1")


def _flip_char(text: str, index: int) -> str:
    alphabet = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
    replacement = alphabet[(alphabet.index(text[index]) + 1) % 32]
    return text[:index] + replacement + text[index + 1 :]


@pytest.mark.parametrize("index", [16, 30, 50, len(SPEC_IDENTITY) - 1])
def test_mistyped_identity_fails_on_checksum_without_echoing_the_key(index: int) -> None:
    typo = _flip_char(SPEC_IDENTITY, index)
    with pytest.raises(AgeKeyFormatError) as info:
        X25519Identity.from_str(typo)
    message = str(info.value)
    assert "checksum" in message
    assert typo[16:] not in message and SPEC_IDENTITY[16:] not in message
    assert typo.lower()[16:] not in message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (SPEC_RECIPIENT, "wrong prefix"),  # a recipient where an identity was expected
        ("AGE-SECRET-KEY-1", "too short"),
        ("", "separator"),
        ("AGE-SECRET-KEY-1" + "Q" * 58, "checksum"),
    ],
)
def test_bad_identity_strings(text: str, reason: str) -> None:
    with pytest.raises(AgeKeyFormatError, match=reason):
        X25519Identity.from_str(text)


def test_wrong_length_key_is_rejected() -> None:
    short = bech32.encode("age-secret-key-", bytes(31)).upper()
    with pytest.raises(AgeKeyFormatError, match="length"):
        X25519Identity.from_str(short)
    with pytest.raises(AgeKeyFormatError, match="length"):
        X25519Recipient.from_str(bech32.encode("age", bytes(33)))


def test_recipient_rejects_identity_and_mixed_case() -> None:
    with pytest.raises(AgeKeyFormatError, match="prefix"):
        X25519Recipient.from_str(SPEC_IDENTITY)
    with pytest.raises(AgeKeyFormatError, match="mixed"):
        X25519Recipient.from_str("Age1" + SPEC_RECIPIENT[4:])


def test_key_format_error_is_typed() -> None:
    assert issubclass(AgeKeyFormatError, AgeError)
    assert issubclass(AgeKeyFormatError, InvalidInput)
    assert issubclass(AgeKeyFormatError, ValueError)


def test_repr_never_shows_the_secret() -> None:
    identity = X25519Identity.from_str(SPEC_IDENTITY)
    assert SPEC_IDENTITY[16:40].lower() not in repr(identity).lower()
    assert SPEC_RECIPIENT in repr(identity)


@pytest.mark.parametrize(
    ("data", "text"),
    [(b"", b""), (b"f", b"Zg"), (b"fo", b"Zm8"), (b"foo", b"Zm9v"), (b"\xff\xfe", b"//4")],
)
def test_b64_known_answers(data: bytes, text: bytes) -> None:
    assert b64.encode(data) == text
    assert b64.decode(text) == data


@pytest.mark.parametrize(
    "text",
    [
        b"Zg==",  # padding
        b"Zh",  # non-zero spare bits: a non-canonical twin of "Zg"
        b"Zm9",  # Zm8 with the last bit set
        b"Z",  # impossible length
        b"Zm 9v",  # whitespace
        b"Zm9v\n",
        b"Zm-_",  # URL-safe alphabet
    ],
)
def test_b64_rejects_non_canonical(text: bytes) -> None:
    with pytest.raises(ValueError):
        b64.decode(text)
