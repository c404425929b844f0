"""Settings that may reveal something about the work (a backup folder named after a case,
when backups ran) live inside the encrypted store, never in QSettings."""

from __future__ import annotations

import json
from typing import Any

from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction

PREFIX = "setting:"


class VaultSettings:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, name: str, default: Any = None) -> Any:
        row = self._conn.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (PREFIX + name,)
        ).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, name: str, value: Any) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (PREFIX + name, json.dumps(value, ensure_ascii=False)),
            )
