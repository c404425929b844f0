"""SQL for records: insert, update with field history, soft delete, restore, purge, links,
and the paged, sorted lists the GUI models and the CLI show. Callers own the transaction.

All SQL text is built from our own column names; every value is bound.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from safecase.domain import records as r
from safecase.domain.errors import RecordNotFound
from safecase.storage.connection import Connection
from safecase.storage.record_codecs import SPECS, KindSpec, Row, quote, spec_for


@dataclass(frozen=True, slots=True)
class RecordMeta:
    rid: int
    id: r.RecordId
    kind: r.RecordKind
    label: str
    created_at: str
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True, slots=True)
class ListRow:
    id: r.RecordId
    label: str
    updated_at: str
    fields: Row


_META = "rid, id, kind, label, created_at, updated_at, deleted_at"


def _meta(row: Any) -> RecordMeta:
    return RecordMeta(row[0], row[1], r.RecordKind(row[2]), row[3], row[4], row[5], row[6])


class RecordsRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- reading -----------------------------------------------------------------------
    def meta(self, record_id: str) -> RecordMeta:
        sql = f"SELECT {_META} FROM records WHERE id = ?"  # noqa: S608 - constant columns
        row = self._conn.execute(sql, (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound("no record with that id")
        return _meta(row)

    def get(self, record_id: str) -> r.Record:
        meta = self.meta(record_id)
        spec = SPECS[meta.kind]
        cols = ", ".join(quote(c) for c in spec.columns)
        row = self._conn.execute(
            f"SELECT {cols} FROM {spec.table} WHERE id = ?",  # noqa: S608 - our identifiers
            (record_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound("record row missing")
        return spec.from_row(dict(zip(spec.columns, row, strict=True)))  # type: ignore[no-any-return]

    def iter_kind(self, kind: r.RecordKind, *, include_deleted: bool = False) -> Iterator[r.Record]:
        spec = SPECS[kind]
        cols = ", ".join(f"t.{quote(c)}" for c in spec.columns)
        deleted = "" if include_deleted else "AND m.deleted_at IS NULL"
        cursor = self._conn.execute(
            f"SELECT {cols} FROM {spec.table} t JOIN records m ON m.id = t.id "  # noqa: S608
            f"WHERE 1 {deleted} ORDER BY m.rid"
        )
        for row in cursor:
            yield spec.from_row(dict(zip(spec.columns, row, strict=True)))

    def count(self, kind: r.RecordKind, *, deleted: bool = False) -> int:
        cond = "IS NOT NULL" if deleted else "IS NULL"
        row = self._conn.execute(
            f"SELECT count(*) FROM records WHERE kind = ? AND deleted_at {cond}",  # noqa: S608
            (kind.value,),
        ).fetchone()
        return int(row[0])

    # --- writing -----------------------------------------------------------------------
    def insert(self, record: r.Record, *, sort_key: str, now: str, extra: Row | None = None) -> int:
        spec = spec_for(record)
        cur = self._conn.execute(
            "INSERT INTO records(id, kind, label, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (record.id, spec.kind.value, r.label_of(record), sort_key, now, now),
        )
        row = spec.to_row(record) | (extra or {})
        cols = ", ".join(quote(c) for c in row)
        marks = ", ".join("?" for _ in row)
        self._conn.execute(
            f"INSERT INTO {spec.table}({cols}) VALUES ({marks})",  # noqa: S608
            list(row.values()),
        )
        return int(cur.lastrowid or 0)

    def update(
        self, record: r.Record, *, sort_key: str, now: str, extra: Row | None = None
    ) -> list[tuple[str, Any, Any]]:
        """Write changed fields; return (field, old, new) for each field that changed."""
        spec = spec_for(record)
        old = spec.to_row(self.get(record.id))
        new = spec.to_row(record)
        changes = [(k, old[k], new[k]) for k in spec.columns if old[k] != new[k]]
        if not changes and not extra:
            return []
        row = {k: new[k] for k, _, _ in changes} | (extra or {})
        sets = ", ".join(f"{quote(c)} = ?" for c in row)
        self._conn.execute(
            f"UPDATE {spec.table} SET {sets} WHERE id = ?",  # noqa: S608
            [*row.values(), record.id],
        )
        self._conn.execute(
            "UPDATE records SET label = ?, sort_key = ?, updated_at = ? WHERE id = ?",
            (r.label_of(record), sort_key, now, record.id),
        )
        for name, before, after in changes:
            self.add_history(record.id, now, name, before, after)
        return changes

    def add_history(self, record_id: str, at: str, field: str, old: Any, new: Any) -> None:
        self._conn.execute(
            "INSERT INTO history(record_id, at, field, old, new) VALUES (?, ?, ?, ?, ?)",
            (
                record_id,
                at,
                field,
                None if old is None else str(old),
                None if new is None else str(new),
            ),
        )

    def history(self, record_id: str) -> list[r.HistoryEntry]:
        rows = self._conn.execute(
            "SELECT record_id, at, field, old, new FROM history WHERE record_id = ? ORDER BY seq",
            (record_id,),
        ).fetchall()
        return [r.HistoryEntry(*row) for row in rows]

    def set_deleted(self, record_id: str, deleted_at: str | None) -> None:
        self._conn.execute(
            "UPDATE records SET deleted_at = ? WHERE id = ?", (deleted_at, record_id)
        )

    def purge(self, record_id: str) -> None:
        """Delete for real; with secure_delete on, the freed pages are zeroed."""
        meta = self.meta(record_id)
        if meta.kind is r.RecordKind.ATTACHMENT:
            self._conn.execute(
                "DELETE FROM attachment_chunks WHERE attachment_id = ?", (record_id,)
            )
        self._conn.execute("DELETE FROM records WHERE id = ?", (record_id,))

    def recycle_bin(self) -> list[r.BinEntry]:
        rows = self._conn.execute(
            "SELECT id, kind, label, deleted_at FROM records "
            "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
        ).fetchall()
        return [r.BinEntry(row[0], r.RecordKind(row[1]), row[2], row[3]) for row in rows]

    # --- links -------------------------------------------------------------------------
    def link(self, link: r.Link) -> None:
        self._conn.execute(
            "INSERT INTO links(from_id, to_id, role) VALUES (?, ?, ?) "
            "ON CONFLICT(from_id, to_id) DO UPDATE SET role = excluded.role",
            (link.from_id, link.to_id, link.role),
        )

    def unlink(self, from_id: str, to_id: str) -> None:
        self._conn.execute("DELETE FROM links WHERE from_id = ? AND to_id = ?", (from_id, to_id))

    def links_of(self, record_id: str) -> list[r.Link]:
        rows = self._conn.execute(
            "SELECT l.from_id, l.to_id, l.role FROM links l "
            "JOIN records a ON a.id = l.from_id JOIN records b ON b.id = l.to_id "
            "WHERE (l.from_id = ? OR l.to_id = ?) "
            "AND a.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY l.from_id, l.to_id",
            (record_id, record_id),
        ).fetchall()
        return [r.Link(*row) for row in rows]

    def all_links(self) -> list[r.Link]:
        rows = self._conn.execute("SELECT from_id, to_id, role FROM links").fetchall()
        return [r.Link(*row) for row in rows]

    # --- lists -------------------------------------------------------------------------
    def list_page(
        self,
        spec: KindSpec,
        *,
        order_by: str,
        columns: list[str],
        rids: str | None = None,
        params: tuple[Any, ...] = (),
        offset: int = 0,
        limit: int = 100,
    ) -> list[ListRow]:
        """One page of live records of a kind. `order_by` and `columns` come from the
        service's whitelist; `rids` is an optional sub-select of record rowids (a filter)."""
        cols = ", ".join(f"t.{quote(c)}" for c in columns)
        where = f"AND m.rid IN ({rids})" if rids else ""
        rows = self._conn.execute(
            f"SELECT m.id, m.label, m.updated_at, {cols} FROM records m "  # noqa: S608
            f"JOIN {spec.table} t ON t.id = m.id "
            f"WHERE m.kind = ? AND m.deleted_at IS NULL {where} "
            f"ORDER BY {order_by}, m.rid LIMIT ? OFFSET ?",
            (spec.kind.value, *params, limit, offset),
        ).fetchall()
        return [
            ListRow(row[0], row[1], row[2], dict(zip(columns, row[3:], strict=True)))
            for row in rows
        ]

    def count_filtered(self, kind: r.RecordKind, rids: str | None, params: tuple[Any, ...]) -> int:
        where = f"AND rid IN ({rids})" if rids else ""
        row = self._conn.execute(
            f"SELECT count(*) FROM records WHERE kind = ? AND deleted_at IS NULL {where}",  # noqa: S608
            (kind.value, *params),
        ).fetchone()
        return int(row[0])
