"""One helper for write transactions: every write of SafeCase happens inside one of these."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from safecase.domain.errors import VaultDamaged
from safecase.storage.connection import Connection, is_damage


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; damage becomes `VaultDamaged`.

    Nested use joins the outer transaction, so a service can compose smaller writes into one.
    """
    # The lock first: only then does `in_transaction` describe this thread's own transaction.
    with conn.lock:
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_damage(exc):
                raise VaultDamaged("store pages failed to decrypt or are malformed") from exc
            raise
        conn.execute("COMMIT")
