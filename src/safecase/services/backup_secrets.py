"""Turn what the caseworker typed (a recovery key or a backup passphrase) into the age
identities and recipients the backup services take, so the GUI never touches `safecase.crypto`.
"""

from __future__ import annotations

from collections.abc import Sequence

from safecase.crypto import age
from safecase.crypto.keyslots import parse_recovery_key
from safecase.services.backup import passphrase_identity, passphrase_recipient
from safecase.services.vault import OpenVault

Identities = Sequence[age.Identity]
Recipients = Sequence[age.Recipient]


def recovery_recipients(vault: OpenVault) -> Recipients:
    """Encrypt to the vault's recovery key: the paper key opens the backup."""
    return [age.X25519Recipient.from_str(vault.recovery_recipient)]


def passphrase_recipients(passphrase: bytes | bytearray) -> Recipients:
    """Encrypt with a backup passphrase (age allows no other recipient beside it)."""
    return [passphrase_recipient(bytes(passphrase))]


def recovery_identities(recovery_key: str) -> Identities:
    """Raises WrongRecoveryKey when the text is not a recovery key."""
    return [parse_recovery_key(recovery_key.strip())]


def passphrase_identities(passphrase: bytes | bytearray) -> Identities:
    return [passphrase_identity(bytes(passphrase))]
