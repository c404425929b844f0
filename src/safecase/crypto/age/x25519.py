"""The age X25519 recipient type: `age1…` public recipients and `AGE-SECRET-KEY-1…` identities.

Rule: an identity ignores stanzas whose first argument is not exactly `X25519`, rejects a
malformed `X25519` stanza (argument count, share encoding and length, body length) as a header
error before any decryption, and refuses an all-zero shared secret (low-order share). Neither
`repr` nor any error message shows secret key material.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safecase.crypto.age import b64, bech32
from safecase.crypto.age.errors import AgeHeaderError, AgeKeyFormatError
from safecase.crypto.age.header import Stanza
from safecase.crypto.age.protocols import FILE_KEY_SIZE, WRAPPED_KEY_SIZE

_STANZA_TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
_IDENTITY_HRP = "age-secret-key-"
_PUBLIC_HRP = "age"
_ZERO_NONCE = bytes(12)
_WHITESPACE = re.compile(r"\s+")


def _wrap_key(shared_secret: bytes, share: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_INFO).derive(
        shared_secret
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _decode_key(text: str, hrp: str, what: str) -> bytes:
    try:
        got_hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise AgeKeyFormatError(f"not a valid {what}: {exc}") from None
    if got_hrp != hrp:
        raise AgeKeyFormatError(f"not a valid {what}: wrong prefix")
    if len(data) != 32:
        raise AgeKeyFormatError(f"not a valid {what}: wrong key length")
    return data


class X25519Recipient:
    """A public `age1…` recipient. Encrypting to it needs no secret."""

    __slots__ = ("_public",)

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise ValueError("an X25519 public key is 32 bytes")
        self._public = bytes(public_key)

    @classmethod
    def from_str(cls, text: str) -> X25519Recipient:
        """Parse `age1…` (surrounding whitespace ignored); raise `AgeKeyFormatError`."""
        return cls(_decode_key(text.strip(), _PUBLIC_HRP, "age recipient"))

    def to_str(self) -> str:
        return bech32.encode(_PUBLIC_HRP, self._public)

    @property
    def public_bytes(self) -> bytes:
        return self._public

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self._public))
        body = ChaCha20Poly1305(_wrap_key(shared, share, self._public)).encrypt(
            _ZERO_NONCE, file_key, None
        )
        return [Stanza((_STANZA_TYPE, b64.encode(share).decode("ascii")), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash(self._public)

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_str()!r})"


class X25519Identity:
    """A secret `AGE-SECRET-KEY-1…` identity (SafeCase's recovery key is one)."""

    __slots__ = ("_private", "_recipient")

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self._private = private_key
        self._recipient = X25519Recipient(_raw_public(private_key.public_key()))

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_str(cls, text: str) -> X25519Identity:
        """Parse `AGE-SECRET-KEY-1…`; raise `AgeKeyFormatError`.

        Lenient with human typing: all whitespace is removed and case is folded (the
        checksum is defined over the lower-case form, so folding loses no error detection).
        """
        compact = _WHITESPACE.sub("", text).lower()
        return cls(X25519PrivateKey.from_private_bytes(_decode_key(compact, _IDENTITY_HRP, "key")))

    def to_str(self) -> str:
        raw = self._private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return bech32.encode(_IDENTITY_HRP, raw).upper()

    @property
    def recipient(self) -> X25519Recipient:
        return self._recipient

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != _STANZA_TYPE:
                continue
            file_key = self._unwrap_one(stanza)
            if file_key is not None:
                return file_key
        return None

    def _unwrap_one(self, stanza: Stanza) -> bytes | None:
        if len(stanza.args) != 2:
            raise AgeHeaderError("X25519 stanza must have exactly one argument after its type")
        try:
            share = b64.decode(stanza.args[1].encode("ascii"))
        except ValueError as exc:
            raise AgeHeaderError(f"X25519 share: {exc}") from None
        if len(share) != 32:
            raise AgeHeaderError("X25519 share must be 32 bytes")
        if len(stanza.body) != WRAPPED_KEY_SIZE:
            raise AgeHeaderError("X25519 stanza body has the wrong length")
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            # OpenSSL refuses an all-zero result (low-order share) before we can see it.
            raise AgeHeaderError("X25519 share is a low-order point") from None
        if not any(shared):
            raise AgeHeaderError("X25519 share is a low-order point")
        key = _wrap_key(shared, share, self._recipient.public_bytes)
        try:
            file_key = ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None  # addressed to someone else
        if len(file_key) != FILE_KEY_SIZE:  # pragma: no cover - implied by the body length
            raise AgeHeaderError("file key has the wrong length")
        return file_key

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self._recipient.to_str()!r})"
