"""A canary written into the vault appears in no file of the vault or temp directories."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from helpers import files_containing, pw
from safecase.services import vault as vault_service


def _canary() -> str:
    # Unique per test: the positive control writes its canary under the temp directory too.
    return f"Канарейка-Zhaksylykov-{uuid.uuid4().hex[:10]}"


def test_canary_is_in_no_file(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    root, _ = created_vault
    canary = _canary()
    with vault_service.unlock(root, pw()) as vault:
        vault.conn.execute("CREATE TABLE scratch(body TEXT)")
        vault.conn.executemany("INSERT INTO scratch VALUES (?)", [(canary * 3,)] * 200)
        # A sort large enough to spill if temp_store were FILE.
        vault.conn.execute("SELECT body FROM scratch ORDER BY body || random()").fetchall()
        vault.conn.execute("DELETE FROM scratch WHERE rowid % 2 = 0")
    assert files_containing([root, Path(tempfile.gettempdir())], canary) == []


def test_positive_control_scanner_finds_plain_sqlite(tmp_path: Path) -> None:
    canary = _canary()
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE notes(body TEXT)")
    conn.execute("INSERT INTO notes VALUES (?)", (canary,))
    conn.execute("CREATE TABLE wide(body TEXT)")
    conn.commit()
    conn.close()
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(canary.encode("utf-16-le"))
    assert set(files_containing([tmp_path], canary)) == {plain, utf16}
