"""Child process for T6: fill a small file system (a tmpfs mounted in a private mount namespace,
or a file-size limit), and report as JSON what each write did when space ran out.

Usage: python disk_full_worker.py tmpfs DIR      (DIR is a small tmpfs mount)
       python disk_full_worker.py fsize DIR      (RLIMIT_FSIZE set by this process)
Prints one JSON object per line: {"step": …, "error": …, "disk_full": bool, …}.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import signal
import sys
from pathlib import Path

from safecase.crypto import age
from safecase.crypto.kdf import KdfParams
from safecase.domain.errors import WrongPassphrase
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.storage.connection import DatabaseError

FAST = KdfParams(1024, 1, 1)
PASS = bytearray(b"disk full passphrase")
ROW = "ж" * 2000  # 4 KB of UTF-8 per row
MODE = sys.argv[1] if len(sys.argv) > 1 else ""


def emit(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return True
    if not isinstance(exc, DatabaseError):
        return False
    # reset_key (rekey) raises without an error code; SQLite's own words name the cause.
    name = str(getattr(exc, "sqlite_errorname", None) or "")
    if name.startswith("SQLITE_FULL") or "disk is full" in str(exc):
        return True
    # Under RLIMIT_FSIZE the write fails with EFBIG, which SQLite reports as an I/O error.
    return MODE == "fsize" and (name.startswith("SQLITE_IOERR") or "disk I/O error" in str(exc))


def front_end_texts(exc: BaseException) -> dict[str, str]:
    from safecase.cli.errors import describe
    from safecase.gui.error_text import describe_error

    return {"gui": describe_error(exc), "cli": describe(exc)[1]}


def fail_info(exc: BaseException) -> dict[str, object]:
    texts = front_end_texts(exc)
    return {
        "error": type(exc).__name__,
        "code": str(getattr(exc, "sqlite_errorname", None) or getattr(exc, "errno", "") or ""),
        "sqlite_message": str(exc) if isinstance(exc, DatabaseError) else "",
        "disk_full": is_disk_full(exc),
        "gui_says_full": "full" in texts["gui"].lower(),
        "cli_says_full": "full" in texts["cli"].lower(),
    }


NEW_PASS = b"a new passphrase on a full disk"


def rows(root: Path) -> int:
    """Committed rows now in the store (-1 if unhealthy), opened with the old or new secret."""
    for secret in (PASS, NEW_PASS):
        try:
            vault = vault_service.unlock(root, bytearray(secret))
        except WrongPassphrase:
            continue
        with vault:
            healthy = vault.health_check().healthy
            n = vault.conn.execute("SELECT count(*) FROM filler").fetchone()[0]
        return int(n) if healthy else -1
    return -2


def fill_until_full(vault: vault_service.OpenVault) -> tuple[int, BaseException | None]:
    committed = 0
    while committed < 100_000:
        try:
            vault.conn.execute("BEGIN IMMEDIATE")
            vault.conn.execute("INSERT INTO filler(body) VALUES (?)", (ROW,))
            vault.conn.execute("COMMIT")
        except Exception as exc:
            with contextlib.suppress(Exception):
                vault.conn.execute("ROLLBACK")
            return committed, exc
        committed += 1
    return committed, None


def main() -> None:
    mode, base = sys.argv[1], Path(sys.argv[2])
    root = base / "vault"
    vault, recovery = vault_service.create(root, bytearray(PASS), kdf=FAST)
    vault.conn.execute("CREATE TABLE filler(id INTEGER PRIMARY KEY, body TEXT)")
    ballast = base / "ballast"
    ballast.write_bytes(b"\0" * 256 * 1024)
    if mode == "fsize":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        limit = (root / "vault.db").stat().st_size + 1024 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # 1. commits until the disk is full
    committed, exc = fill_until_full(vault)
    emit(step="writes", committed=committed, **(fail_info(exc) if exc else {"error": None}))
    vault.close()
    emit(step="writes-after", committed=committed, rows=rows(root))

    # 2. rekey with a little space free (the key file fits, the rewritten store does not)
    ballast.unlink()
    vault = vault_service.unlock(root, bytearray(PASS))
    try:
        vault.rotate_data_key(bytearray(PASS), FAST)
        emit(step="rekey", error=None)
    except Exception as exc:
        emit(step="rekey", **fail_info(exc))
    finally:
        with contextlib.suppress(Exception):
            vault.close()
    emit(step="rekey-after", committed=committed, rows=rows(root),
         leftovers=sorted(p.name for p in root.iterdir() if p.name.endswith((".partial", ".next"))))  # fmt: skip

    # 3. a passphrase change and a backup with no space at all
    vault = vault_service.unlock(root, bytearray(PASS))
    filler = base / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as f:
        while True:
            f.write(b"\0" * 65536)
            f.flush()
    try:
        vault.change_passphrase(bytearray(NEW_PASS), FAST)
        emit(step="passwd", error=None)
    except Exception as exc:
        emit(step="passwd", **fail_info(exc))
    try:
        recipient = age.X25519Identity.from_str(recovery).recipient
        backup.create_backup(vault, base / "backup.age", [recipient])
        emit(step="backup", error=None)
    except Exception as exc:
        emit(step="backup", **fail_info(exc))
    vault.close()
    emit(step="full-after", committed=committed, rows=rows(root),
         partials=sorted(p.name for p in base.iterdir() if p.name.startswith(".safecase-backup-")),
         backup_exists=(base / "backup.age").exists())  # fmt: skip


if __name__ == "__main__":
    os.umask(0o077)
    main()
