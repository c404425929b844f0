"""The age v1 file format (C2SP `age.md`), written against `cryptography` alone.

Public API for the vault and backup code; everything else in this package is internal.
Backups written here open with the stock `age` tool (`age -d -i key.txt` or `age -d` with the
passphrase) even if SafeCase is gone. Supported: X25519 and scrypt recipients, binary (not
ASCII-armored) files. Read `age_file` for the streaming and partial-output rules of `decrypt`.
"""

from __future__ import annotations

from safecase.crypto.age.age_file import decrypt, decrypt_bytes, encrypt, encrypt_bytes
from safecase.crypto.age.errors import (
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyFormatError,
    AgeNoIdentityMatch,
    AgePayloadError,
    AgeUnsupported,
)
from safecase.crypto.age.header import Stanza
from safecase.crypto.age.protocols import Identity, Recipient
from safecase.crypto.age.reader import ByteSink, ByteSource
from safecase.crypto.age.scrypt import ScryptIdentity, ScryptRecipient
from safecase.crypto.age.x25519 import X25519Identity, X25519Recipient

__all__ = [
    "AgeError",
    "AgeHeaderError",
    "AgeHeaderMacError",
    "AgeKeyFormatError",
    "AgeNoIdentityMatch",
    "AgePayloadError",
    "AgeUnsupported",
    "ByteSink",
    "ByteSource",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_bytes",
    "encrypt",
    "encrypt_bytes",
]
