"""Child process for T5/T12: one kind of durable write in a loop, announcing each step only once
it is durable, until the parent kills it with SIGKILL.

Usage: python kill_worker.py MODE VAULT_DIR [EXTRA…]
  commits           insert rows, one transaction each; prints the row id after COMMIT returned
  passwd            alternate the passphrase A <-> B; prints the new one after each change
  rotate            rotate the data key; prints "rotated" after each rotation
  backup OUT_DIR    write backups b<N>.age to the recovery recipient; prints N after each
  restore FILE KEY  restore FILE (opened with the identity in KEY) over the vault, with the new
                    passphrase alternating A <-> B; prints the passphrase after each
  hold              unlock and wait (a first SafeCase holding the vault)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from safecase.crypto import age
from safecase.crypto.kdf import KdfParams
from safecase.services import backup, restore
from safecase.services import vault as vault_service

FAST = KdfParams(1024, 1, 1)
A, B = b"passphrase A for kill tests", b"passphrase B for kill tests"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def unlock_any(root: Path) -> tuple[vault_service.OpenVault, bytes]:
    for candidate in (A, B):
        try:
            return vault_service.unlock(root, bytearray(candidate)), candidate
        except Exception:  # noqa: S112 - try the other passphrase
            continue
    raise SystemExit("neither passphrase opens the vault")


def main() -> None:
    mode, root = sys.argv[1], Path(sys.argv[2])
    if mode == "restore":
        source, key = Path(sys.argv[3]), Path(sys.argv[4])
        identity = age.X25519Identity.from_str(key.read_text().strip())
        opened, current = unlock_any(root)  # proves it opens, then releases it
        opened.close()
        say("ready")
        while True:
            current = B if current == A else A
            restore.restore_replacing(source, [identity], root, bytearray(current), kdf=FAST)
            say(current.decode())
    vault, current = unlock_any(root)
    say("ready")
    if mode == "commits":
        vault.conn.execute("CREATE TABLE IF NOT EXISTS acked(id INTEGER PRIMARY KEY, body TEXT)")
        n = vault.conn.execute("SELECT coalesce(max(id), 0) FROM acked").fetchone()[0]
        while True:
            n += 1
            vault.conn.execute("BEGIN IMMEDIATE")
            vault.conn.execute("INSERT INTO acked VALUES (?, ?)", (n, "x" * 900))
            vault.conn.execute("COMMIT")
            say(str(n))
    elif mode == "passwd":
        while True:
            current = B if current == A else A
            vault.change_passphrase(bytearray(current), FAST)
            say(current.decode())
    elif mode == "rotate":
        while True:
            vault.rotate_data_key(bytearray(current), FAST)
            say("rotated")
    elif mode == "hold":
        time.sleep(600)
    elif mode == "backup":
        out = Path(sys.argv[3])
        recipient = age.X25519Recipient.from_str(vault.recovery_recipient)
        n = len(list(out.glob("b*.age")))
        while True:
            n += 1
            backup.create_backup(vault, out / f"b{n}.age", [recipient])
            say(str(n))


if __name__ == "__main__":
    main()
