"""Exit codes and the one-line messages the CLI prints for each typed error (docs/cli.md)."""

from __future__ import annotations

import errno

from safecase.domain import errors as e

OK = 0
OTHER = 1
USAGE = 2
WRONG_SECRET = 3
DAMAGED = 4
INVALID_INPUT = 5
IN_USE = 6

# Most specific first. Messages never include record data, paths or secrets.
_MESSAGES: list[tuple[type[BaseException], int, str]] = [
    (e.WrongPassphrase, WRONG_SECRET, "Wrong passphrase. Nothing was changed."),
    (e.WrongRecoveryKey, WRONG_SECRET, "That recovery key does not open this vault."),
    (e.WrongSecret, WRONG_SECRET, "Wrong passphrase or key. Nothing was changed."),
    (
        e.VaultDamaged,
        DAMAGED,
        "The vault is damaged or has been tampered with. Do not write to it; restore a backup.",
    ),
    (e.UnsafeStorage, DAMAGED, "Refusing to run: the store is not encrypted as SafeCase expects."),
    (e.VaultInUse, IN_USE, "The vault is in use by another SafeCase window or command."),
    (e.VaultNotFound, OTHER, "There is no vault at that location. Create one with 'init'."),
    (e.VaultExists, OTHER, "A vault already exists at that location; nothing was changed."),
    (e.SchemaTooNew, OTHER, "This vault was written by a newer SafeCase. Please update SafeCase."),
    (e.InvalidInput, INVALID_INPUT, "The input file is not valid"),
    (e.RecordNotFound, OTHER, "No record with that id."),
    (e.ValidationError, INVALID_INPUT, "Invalid value"),
]


def describe(exc: BaseException) -> tuple[int, str]:
    """Exit code and message for an error; unknown errors say only their kind."""
    for kind, code, message in _MESSAGES:
        if isinstance(exc, kind):
            # Input errors name what is wrong (a JSON path, a field), never record content.
            detailed = isinstance(exc, e.InvalidInput | e.ValidationError)
            return code, f"{message}: {exc}" if detailed else message
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    # SQLite's fixed wording (a rekey reports no error code); never user data.
    disk_full = name.startswith("SQLITE_FULL") or "database or disk is full" in str(exc)
    if disk_full or (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG)):
        return OTHER, "The disk is full. Nothing was lost; free some space and try again."
    if isinstance(exc, OSError):
        return OTHER, _describe_os_error(exc)
    return OTHER, f"Unexpected error ({type(exc).__name__}). Your data was not changed."


def _describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "The disk is full. Nothing was lost; free some space and try again."
    if isinstance(exc, PermissionError):
        return "Permission denied on a file SafeCase needs."
    return f"A file operation failed ({errno.errorcode.get(exc.errno or 0, 'error')})."
