"""Child process for crash tests: does one kind of write in a loop, announcing each durable step.

Usage: python crash_worker.py MODE VAULT_DIR
  commits  insert rows one transaction each, print the row id after COMMIT returned
  passwd   alternate the passphrase between A and B, print the new one after each change
  rotate   rotate the data key in a loop, print after each rotation
  hold     unlock and wait (for the "vault in use" test)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from safecase.crypto.kdf import KdfParams
from safecase.services import vault as vault_service

FAST = KdfParams(1024, 1, 1)
A, B = b"passphrase A for crash tests", b"passphrase B for crash tests"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> None:
    mode, root = sys.argv[1], Path(sys.argv[2])
    current = A
    vault = None
    for candidate in (A, B):
        try:
            vault = vault_service.unlock(root, bytearray(candidate))
            current = candidate
            break
        except Exception:  # noqa: S112 - try the other passphrase
            continue
    assert vault is not None
    say("ready")
    if mode == "commits":
        vault.conn.execute("CREATE TABLE IF NOT EXISTS acked(id INTEGER PRIMARY KEY, body TEXT)")
        n = vault.conn.execute("SELECT coalesce(max(id), 0) FROM acked").fetchone()[0]
        while True:
            n += 1
            vault.conn.execute("BEGIN IMMEDIATE")
            vault.conn.execute("INSERT INTO acked VALUES (?, ?)", (n, "x" * 700))
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
        time.sleep(60)


if __name__ == "__main__":
    main()
