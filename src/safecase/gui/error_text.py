"""The plain words shown for each typed error from the core.

Rule carried here: messages never include the exception's own text (it may name a path or a
record), only words chosen here for the error's type. Unknown errors get a calm generic line.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from safecase.domain import errors as e
from safecase.gui.translatable import translatable
from safecase.services.unlock_guard import UnlockDelayed, VaultErased


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


# Most specific first.
_MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (
        UnlockDelayed,
        translatable(
            "Errors",
            "That passphrase did not open the vault, several times. Please wait a moment before "
            "trying again.",
        ),
    ),
    (
        VaultErased,
        translatable(
            "Errors",
            "The vault was erased after too many wrong passphrases, as set in SafeCase's "
            "settings. Only a backup, opened with the recovery key, brings the data back.",
        ),
    ),
    (
        e.WrongPassphrase,
        translatable(
            "Errors",
            "That passphrase did not open the vault. Check that Caps Lock is off and the keyboard "
            "language is right, then try again.",
        ),
    ),
    (
        e.WrongRecoveryKey,
        translatable(
            "Errors",
            "That recovery key does not open this vault. Check each group of characters against "
            "your paper. Only the newest recovery key works.",
        ),
    ),
    (
        e.WrongSecret,
        translatable("Errors", "That did not open the vault. Please check it and try again."),
    ),
    (
        e.VaultInUse,
        translatable(
            "Errors",
            "This vault is already open in another SafeCase window. Close that window first, then "
            "try again.",
        ),
    ),
    (
        e.SchemaTooNew,
        translatable(
            "Errors",
            "This vault was saved by a newer version of SafeCase. Please install the newer version "
            "to open it. Nothing in the vault was changed.",
        ),
    ),
    (
        e.UnsafeStorage,
        translatable(
            "Errors",
            "SafeCase's encryption is not working on this computer, so it will not open the vault. "
            "Please reinstall SafeCase or ask your technical contact.",
        ),
    ),
    (
        e.VaultDamaged,
        translatable(
            "Errors",
            "The vault's files are damaged or were changed by something other than SafeCase, so "
            "SafeCase will not open them. Do not delete anything. Restore your most recent backup, "
            "or ask your technical contact for help.",
        ),
    ),
    (e.VaultNotFound, translatable("Errors", "There is no vault in that folder.")),
    (
        e.VaultExists,
        translatable(
            "Errors", "There is already a vault in that folder. Choose a new, empty folder."
        ),
    ),
    (e.VaultLocked, translatable("Errors", "SafeCase is locked. Unlock it and try again.")),
)
_DISK_FULL = translatable("Errors", "The disk is full. Free some space, then try again.")
_NOT_ALLOWED = translatable(
    "Errors", "SafeCase is not allowed to use that folder. Choose another one."
)
_FILE_PROBLEM = translatable(
    "Errors",
    "SafeCase could not read or write the vault's files. Check that the disk or USB stick is "
    "connected, then try again.",
)
_UNEXPECTED = translatable(
    "Errors",
    "Something unexpected went wrong. Please try again; if it keeps happening, restart SafeCase.",
)


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EFBIG from Python, or SQLite's own "database or disk is full" (SQLITE_FULL)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG):
        return True
    # A rekey reports SQLite's fixed wording without an error code.
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name.startswith("SQLITE_FULL") or "database or disk is full" in str(exc)


def describe_error(exc: BaseException) -> str:
    for kind, text in _MESSAGES:
        if isinstance(exc, kind):
            return _t(text)
    if is_disk_full(exc):
        return _t(_DISK_FULL)
    if isinstance(exc, OSError):
        return _t(_NOT_ALLOWED if isinstance(exc, PermissionError) else _FILE_PROBLEM)
    return _t(_UNEXPECTED)
