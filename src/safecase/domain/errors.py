"""Typed errors raised by the core. Front ends map them to messages and exit codes.

Messages here are for logs and developers; they must never carry record fields, passphrases,
key bytes or user paths, because exception text can reach a log or a crash report.
"""

from __future__ import annotations


class SafeCaseError(Exception):
    """Base of every error the core raises on purpose."""


class WrongSecret(SafeCaseError):
    """A passphrase, recovery key or backup identity did not open what it was given for."""


class WrongPassphrase(WrongSecret):
    """The passphrase does not open this vault's passphrase slot."""


class WrongRecoveryKey(WrongSecret):
    """The recovery key is malformed or does not open this vault's recovery slot."""


class VaultDamaged(SafeCaseError):
    """The store or its key file failed an integrity check: damaged or tampered with."""


class VaultInUse(SafeCaseError):
    """Another SafeCase process holds this vault open."""


class VaultNotFound(SafeCaseError):
    """No vault exists at the given location."""


class VaultExists(SafeCaseError):
    """A vault (or other files) already exist where a new vault was to be created."""


class VaultLocked(SafeCaseError):
    """An operation needed an unlocked vault."""


class SchemaTooNew(SafeCaseError):
    """The store was written by a newer SafeCase; this version refuses to open it."""


class UnsafeStorage(SafeCaseError):
    """The SQLite library is not SQLCipher, or a store file is plaintext: refuse to run."""


class InvalidInput(SafeCaseError):
    """A file from outside (import, backup, rule pack, key) is malformed."""


class InvalidImport(InvalidInput):
    """An interchange file failed validation; `path` is the JSON path of the first problem."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RecordNotFound(SafeCaseError):
    """No record with that id (or it is in the recycle bin when a live one was wanted)."""


class ValidationError(SafeCaseError):
    """A record field failed validation; `field` names it for the editor."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
