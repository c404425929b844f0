"""Open a SQLCipher database with a raw 256-bit key and the hardening pragmas, or refuse.

Rules carried here (see docs/adr/0002-vault-keys.md and the security notes):
- the key goes in through `set_key` as a raw `x'<hex>'` key, never in SQL text;
- a plain SQLite (no `cipher_version`) or a file starting with the plaintext SQLite header is
  refused: a plain sqlite3 silently ignores keys and would write case data in the clear;
- a failed first read after keying means damage (the key was authenticated by its slot), so it is
  reported as `VaultDamaged`, never answered by creating a new store.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

import sqlcipher3.dbapi2 as sqlcipher

from safecase.domain.errors import UnsafeStorage, VaultDamaged

# sqlcipher3 ships no type information; these protocols name what SafeCase uses of it.
DatabaseError: type[Exception] = sqlcipher.DatabaseError
IntegrityError: type[Exception] = sqlcipher.IntegrityError


class Cursor(Protocol):
    lastrowid: int | None
    rowcount: int
    description: Any

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ...) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    row_factory: Any
    lock: threading.RLock
    path: Path | None

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...
    def executescript(self, script: str, /) -> Cursor: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def set_key(self, key: bytes | bytearray, /) -> None: ...
    def reset_key(self, key: bytes | bytearray, /) -> None: ...
    def create_function(self, name: str, narg: int, func: Any, /, **kw: Any) -> None: ...
    def backup(self, target: Any, /, **kw: Any) -> None: ...
    def open_blob(self, *args: Any, **kw: Any) -> Any: ...
    def set_progress_handler(self, handler: Callable[[], int] | None, n: int, /) -> None: ...


SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
# 64 MiB page cache: at this size encrypted range and list queries reach parity with plain SQLite.
CACHE_SIZE_KIB = 65536

# Applied after keying, in this order. journal_mode=DELETE + synchronous=FULL: a damaged WAL
# silently drops commits, a rollback journal does not, and its content is encrypted.
_HARDENING_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
)


def _typed(exc: BaseException) -> BaseException:
    """Damage met while using the store becomes `VaultDamaged` (the front ends offer a restore);
    every other error is left as it is."""
    if is_damage(exc):
        err = VaultDamaged("store pages failed to decrypt or are malformed")
        err.__cause__ = exc
        return err
    return exc


class _TypedCursor:
    """A cursor whose reads report damage as `VaultDamaged` (rows are decrypted lazily, so damage
    can surface on a fetch, long after `execute` returned)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def fetchone(self) -> Any:
        try:
            return self._raw.fetchone()
        except sqlcipher.DatabaseError as exc:
            raise _typed(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return list(self._raw.fetchall())
        except sqlcipher.DatabaseError as exc:
            raise _typed(exc) from exc

    def fetchmany(self, size: int = 100) -> list[Any]:
        try:
            return list(self._raw.fetchmany(size))
        except sqlcipher.DatabaseError as exc:
            raise _typed(exc) from exc

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._raw)
        except sqlcipher.DatabaseError as exc:
            raise _typed(exc) from exc


class SerializedConnection:
    """One store connection shared by the GUI thread and background tasks, made safe to share:
    every call holds a re-entrant lock, and `transaction()` holds it for the whole transaction,
    so a write begun on one thread never swallows another thread's statements."""

    def __init__(self, raw: Any, path: Path | None = None) -> None:
        self._raw = raw
        self.lock = threading.RLock()
        self.path = path

    @property
    def in_transaction(self) -> bool:
        return bool(self._raw.in_transaction)

    @property
    def row_factory(self) -> Any:
        return self._raw.row_factory

    @row_factory.setter
    def row_factory(self, value: Any) -> None:
        self._raw.row_factory = value

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        with self.lock:
            try:
                return cast(Cursor, _TypedCursor(self._raw.execute(sql, parameters)))
            except sqlcipher.DatabaseError as exc:
                raise _typed(exc) from exc

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor:
        with self.lock:
            try:
                return cast(Cursor, _TypedCursor(self._raw.executemany(sql, parameters)))
            except sqlcipher.DatabaseError as exc:
                raise _typed(exc) from exc

    def executescript(self, script: str, /) -> Cursor:
        with self.lock:
            try:
                return cast(Cursor, _TypedCursor(self._raw.executescript(script)))
            except sqlcipher.DatabaseError as exc:
                raise _typed(exc) from exc

    def commit(self) -> None:
        with self.lock:
            self._raw.commit()

    def rollback(self) -> None:
        with self.lock:
            self._raw.rollback()

    def close(self) -> None:
        with self.lock:
            self._raw.close()

    def set_key(self, key: bytes | bytearray, /) -> None:
        with self.lock:
            self._raw.set_key(key)

    def reset_key(self, key: bytes | bytearray, /) -> None:
        with self.lock:
            self._raw.reset_key(key)

    def create_function(self, name: str, narg: int, func: Any, /, **kw: Any) -> None:
        self._raw.create_function(name, narg, func, **kw)

    def backup(self, target: Any, /, **kw: Any) -> None:
        with self.lock:
            self._raw.backup(target, **kw)

    def open_blob(self, *args: Any, **kw: Any) -> Any:
        return self._raw.open_blob(*args, **kw)

    def set_progress_handler(self, handler: Callable[[], int] | None, n: int, /) -> None:
        with self.lock:
            self._raw.set_progress_handler(handler, n)


def raw_key_literal(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form `x'<64 hex>'`, as a mutable buffer the caller can zero."""
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return bytearray(b"x'" + key.hex().encode("ascii") + b"'")


def zero(buf: bytearray) -> None:
    """Overwrite a secret buffer in place (best effort: Python may hold other copies)."""
    for i in range(len(buf)):
        buf[i] = 0


def starts_with_plaintext_header(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_PLAINTEXT_HEADER)) == SQLITE_PLAINTEXT_HEADER
    except FileNotFoundError:
        return False


def open_encrypted(path: Path, key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open (or with `create`, create) the store at `path` under `key`, hardened and probed."""
    if not create and not path.exists():
        raise VaultDamaged("store file missing")
    if starts_with_plaintext_header(path):
        raise UnsafeStorage("store file is plaintext SQLite")
    if create:
        # Create the empty file 0600 ourselves so it never exists with wider permissions.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    conn: Connection = SerializedConnection(
        sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30),
        path,
    )
    try:
        # Before anything else: SQLCipher logs decryption failures to stderr by default.
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise UnsafeStorage("SQLite library without SQLCipher")
        literal = raw_key_literal(key)
        try:
            conn.set_key(literal)
        finally:
            zero(literal)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in _HARDENING_PRAGMAS:
                conn.execute(pragma)
            _assert_hardened(conn)
        except sqlcipher.DatabaseError as exc:
            raise VaultDamaged("store failed to decrypt or is malformed") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _assert_hardened(conn: Connection) -> None:
    """Read the settings back: a pragma that silently did not apply is a leak."""
    checks: dict[str, Any] = {
        "temp_store": 2,
        "secure_delete": 1,
        "journal_mode": "delete",
        "synchronous": 2,
        "foreign_keys": 1,
    }
    for name, expected in checks.items():
        row = conn.execute(f"PRAGMA {name}").fetchone()
        if row is None or row[0] != expected:
            raise UnsafeStorage(f"pragma {name} did not apply")


_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def is_damage(exc: BaseException) -> bool:
    """True for the errors SQLite raises on pages that fail to decrypt or are malformed
    (not for constraint violations, locks or I/O errors)."""
    if not isinstance(exc, sqlcipher.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", None)
    if name is None:
        return type(exc) is sqlcipher.DatabaseError
    # Extended codes (SQLITE_CORRUPT_INDEX, …) start with their primary code's name.
    return any(str(name).startswith(code) for code in _DAMAGE_CODES)
