"""The vault health check: page authentication, database structure, links between records.

SQLCipher's per-page HMAC does not catch a whole-file rollback or a page-aligned truncation;
`integrity_check` does, so both run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safecase.domain.errors import VaultDamaged
from safecase.storage.connection import Connection, DatabaseError


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True, slots=True)
class HealthReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return all(c.passed for c in self.checks)


def _run(conn: Connection, pragma: str) -> tuple[list[str], str | None]:
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except (DatabaseError, VaultDamaged) as exc:
        return [], type(exc).__name__
    return [" ".join(str(v) for v in row) for row in rows], None


def run_health_check(conn: Connection) -> HealthReport:
    return HealthReport([check_encryption(conn), check_structure(conn), check_links(conn)])


def check_encryption(conn: Connection) -> Check:
    rows, error = _run(conn, "cipher_integrity_check")
    return Check(
        "encryption",
        error is None and not rows,
        "Every page decrypts and is authentic."
        if error is None and not rows
        else f"{len(rows) or 1} page(s) failed authentication: damaged or altered.",
    )


def check_structure(conn: Connection) -> Check:
    rows, error = _run(conn, "integrity_check")
    ok = error is None and rows == ["ok"]
    return Check(
        "structure",
        ok,
        "The database structure is intact."
        if ok
        else "The database structure is damaged (pages missing, truncated or out of date).",
    )


def check_links(conn: Connection) -> Check:
    rows, error = _run(conn, "foreign_key_check")
    ok = error is None and not rows
    return Check(
        "links",
        ok,
        "Every link between records points at a record that exists."
        if ok
        else f"{len(rows) or 1} link(s) point at records that do not exist.",
    )
