"""Records use cases: create, edit (with field history), link, delete to the recycle bin,
restore, purge, attachments, paged lists, timelines and the duplicate-person check.

Every write is one transaction: the record, its search index entry and its history change
together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import BinaryIO, TypeVar
from zoneinfo import ZoneInfo

from safecase.domain import records as r
from safecase.domain.clock import Clock, SystemClock
from safecase.domain.errors import RecordNotFound, ValidationError
from safecase.domain.name_folding import fold_text, similarity
from safecase.domain.record_validation import validate
from safecase.storage import attachment_store, search_index
from safecase.storage.connection import Connection
from safecase.storage.record_codecs import SPECS, quote
from safecase.storage.records_repository import ListRow, RecordMeta, RecordsRepository
from safecase.storage.schema import discard_pre_migration_copies
from safecase.storage.transaction import transaction

__all__ = [
    "DuplicateCandidate",
    "ListRow",
    "RecordMeta",
    "RecordsService",
    "TimelineItem",
    "expires_utc",
    "index_text",
]

_R = TypeVar("_R", bound=r.Record)
DEFAULT_MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
STATE_FIELD = "(state)"
DUPLICATE_THRESHOLD = 0.85

# Which kinds may be linked to which, in the direction the link is stored.
_LINKABLE = {
    (r.RecordKind.CONTACT, r.RecordKind.PERSON),
    (r.RecordKind.CONTACT, r.RecordKind.CASE),
    (r.RecordKind.PERSON, r.RecordKind.CASE),
}

LIST_COLUMNS: dict[r.RecordKind, list[str]] = {
    r.RecordKind.PERSON: ["name", "risk", "country", "status"],
    r.RecordKind.CONTACT: ["name", "kind", "organisation", "safety"],
    r.RecordKind.CASE: ["title", "kind", "jurisdiction", "status", "opened"],
    r.RecordKind.EVENT: ["date", "kind", "summary"],
    r.RecordKind.DEADLINE: ["title", "due", "time", "tz", "status"],
    r.RecordKind.NOTE: ["title", "target_id"],
    r.RecordKind.ATTACHMENT: ["file_name", "media_type", "size"],
}

# Sort orders a list may ask for; anything else is refused (never interpolate user input).
SORTS: dict[str, str] = {
    "label": "m.sort_key",
    "updated": "m.updated_at",
    "created": "m.created_at",
    "risk": "CASE t.risk WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
    "WHEN 'low' THEN 3 ELSE 4 END",
    "status": "t.status",
    "kind": "t.kind",
    "due": "t.expires_utc",
    "date": "t.date",
    "opened": "t.opened",
}
SORTABLE: dict[r.RecordKind, set[str]] = {
    r.RecordKind.PERSON: {"label", "updated", "created", "risk"},
    r.RecordKind.CONTACT: {"label", "updated", "created", "kind"},
    r.RecordKind.CASE: {"label", "updated", "created", "status", "kind", "opened"},
    r.RecordKind.EVENT: {"label", "updated", "created", "date", "kind"},
    r.RecordKind.DEADLINE: {"label", "updated", "created", "due", "status"},
    r.RecordKind.NOTE: {"label", "updated", "created"},
    r.RecordKind.ATTACHMENT: {"label", "updated", "created"},
}


@dataclass(frozen=True, slots=True)
class TimelineItem:
    date: str
    kind: r.RecordKind
    id: r.RecordId
    label: str


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    id: r.RecordId
    label: str
    similarity: float


def expires_utc(deadline: r.Deadline) -> datetime:
    """The moment a deadline expires: its time, or the end of its day, in its zone."""
    day = datetime.fromisoformat(deadline.due).date()
    clock = time.fromisoformat(deadline.time) if deadline.time else time(23, 59, 59)
    return datetime.combine(day, clock, tzinfo=ZoneInfo(deadline.tz)).astimezone(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def index_text(record: r.Record) -> search_index.IndexText:  # noqa: PLR0911 - one per kind
    """What of a record is searchable by name (type-ahead) and by word."""
    match record:
        case r.Person():
            return search_index.IndexText(
                [record.name, *(o.name for o in record.other_names)],
                [record.summary, record.location, record.status, *record.tags,
                 *(f"{f.flag} {f.reason}" for f in record.flags)],
            )  # fmt: skip
        case r.Contact():
            return search_index.IndexText(
                [record.name, record.organisation],
                [record.notes, record.safety, *record.handles, *record.emails],
            )
        case r.Case():
            return search_index.IndexText(
                [record.title, *record.references, record.authority],
                [record.charges, record.summary, record.jurisdiction],
            )
        case r.Event():
            return search_index.IndexText([], [record.kind.value.replace("_", " "), record.summary])
        case r.Deadline():
            return search_index.IndexText([record.title], [])
        case r.Note():
            return search_index.IndexText([record.title], [record.body])
        case r.Attachment():
            return search_index.IndexText([record.file_name], [])


def _sort_key(record: r.Record) -> str:
    match record:
        case r.Deadline():
            return _iso(expires_utc(record))
        case r.Event():
            return f"{record.date} {record.time or ''}"
        case _:
            return fold_text(r.label_of(record))


class RecordsService:
    def __init__(
        self,
        conn: Connection,
        clock: Clock | None = None,
        *,
        max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    ) -> None:
        self._conn = conn
        self._repo = RecordsRepository(conn)
        self._clock = clock or SystemClock()
        self.max_attachment_bytes = max_attachment_bytes

    def _now(self) -> str:
        return _iso(self._clock.now())

    @staticmethod
    def _extra(record: r.Record) -> dict[str, str]:
        if isinstance(record, r.Deadline):
            return {"expires_utc": _iso(expires_utc(record))}
        return {}

    def _check_references(self, record: r.Record) -> None:
        refs: list[tuple[str, r.RecordId | None, set[r.RecordKind] | None]] = []
        if isinstance(record, r.Event | r.Deadline):
            refs += [("case_id", record.case_id, {r.RecordKind.CASE}),
                     ("person_id", record.person_id, {r.RecordKind.PERSON})]  # fmt: skip
        if isinstance(record, r.Deadline):
            refs.append(("trigger_event_id", record.trigger_event_id, {r.RecordKind.EVENT}))
        if isinstance(record, r.Note | r.Attachment):
            refs.append(("target_id", record.target_id, None))
        for field, ref, kinds in refs:
            if ref is None:
                continue
            try:
                meta = self._repo.meta(ref)
            except RecordNotFound as exc:
                raise ValidationError(field, "links to a record that does not exist") from exc
            if kinds is not None and meta.kind not in kinds:
                raise ValidationError(field, "links to a record of the wrong kind")
            if ref == record.id:
                raise ValidationError(field, "a record cannot link to itself")

    # --- create, edit, delete ------------------------------------------------------------
    def create(self, record: r.Record) -> r.RecordId:
        if isinstance(record, r.Attachment):
            raise ValidationError("content", "add attachments with add_attachment")
        validate(record)
        with transaction(self._conn):
            self._check_references(record)
            rid = self._repo.insert(
                record, sort_key=_sort_key(record), now=self._now(), extra=self._extra(record)
            )
            search_index.index(self._conn, rid, index_text(record), fresh=True)
        return record.id

    def update(self, record: r.Record) -> list[str]:
        """Save an edited record; returns the names of the fields that changed."""
        validate(record)
        with transaction(self._conn):
            meta = self._live_meta(record.id)
            if meta.kind is not r.kind_of(record):
                raise ValidationError("id", "belongs to a record of another kind")
            self._check_references(record)
            changes = self._repo.update(
                record, sort_key=_sort_key(record), now=self._now(), extra=self._extra(record)
            )
            if changes:
                search_index.index(self._conn, meta.rid, index_text(record))
        return [name for name, _, _ in changes]

    def _live_meta(self, record_id: str) -> RecordMeta:
        meta = self._repo.meta(record_id)
        if meta.deleted_at is not None:
            raise RecordNotFound("record is in the recycle bin")
        return meta

    def delete(self, record_id: str) -> None:
        """Move to the recycle bin (restorable until purged)."""
        with transaction(self._conn):
            meta = self._live_meta(record_id)
            now = self._now()
            self._repo.set_deleted(record_id, now)
            search_index.unindex(self._conn, meta.rid)
            self._repo.add_history(record_id, now, STATE_FIELD, "live", "deleted")

    def restore(self, record_id: str) -> None:
        with transaction(self._conn):
            meta = self._repo.meta(record_id)
            if meta.deleted_at is None:
                return
            now = self._now()
            self._repo.set_deleted(record_id, None)
            search_index.index(self._conn, meta.rid, index_text(self._repo.get(record_id)))
            self._repo.add_history(record_id, now, STATE_FIELD, "deleted", "live")

    def purge(self, record_id: str) -> None:
        """Delete for real, with its history and links. Only from the recycle bin."""
        with transaction(self._conn):
            meta = self._repo.meta(record_id)
            if meta.deleted_at is None:
                raise ValidationError("id", "move the record to the recycle bin before purging")
            search_index.unindex(self._conn, meta.rid)
            self._repo.purge(record_id)
            search_index.compact(self._conn)
        if self._conn.path is not None:
            discard_pre_migration_copies(self._conn.path)

    # --- reading -------------------------------------------------------------------------
    def get(self, record_id: str) -> r.Record:
        return self._repo.get(record_id)

    def get_typed(self, record_id: str, cls: type[_R]) -> _R:
        """The record, which must be of the given class."""
        record = self._repo.get(record_id)
        if not isinstance(record, cls):
            raise RecordNotFound("no record of that kind with that id")
        return record

    def meta(self, record_id: str) -> RecordMeta:
        return self._repo.meta(record_id)

    def history(self, record_id: str) -> list[r.HistoryEntry]:
        self._repo.meta(record_id)
        return self._repo.history(record_id)

    def recycle_bin(self) -> list[r.BinEntry]:
        return self._repo.recycle_bin()

    def all(self, kind: r.RecordKind) -> Iterator[r.Record]:
        return self._repo.iter_kind(kind)

    def count(self, kind: r.RecordKind, name_filter: str = "") -> int:
        sub = search_index.name_filter_subquery(name_filter) if name_filter else None
        return self._repo.count_filtered(kind, *(sub or (None, ())))

    def list_page(
        self,
        kind: r.RecordKind,
        *,
        name_filter: str = "",
        sort: str = "label",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ListRow]:
        """One page of a list, filtered and sorted in SQL (instant at 100,000 rows)."""
        if sort not in SORTABLE[kind]:
            raise ValidationError("sort", "not a sortable column for this list")
        order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}"
        sub = search_index.name_filter_subquery(name_filter) if name_filter else None
        return self._repo.list_page(
            SPECS[kind], order_by=order, columns=LIST_COLUMNS[kind],
            rids=sub[0] if sub else None, params=sub[1] if sub else (),
            offset=offset, limit=limit,
        )  # fmt: skip

    # --- links ---------------------------------------------------------------------------
    def link(self, from_id: str, to_id: str, role: str = "") -> None:
        with transaction(self._conn):
            a, b = self._live_meta(from_id), self._live_meta(to_id)
            if (a.kind, b.kind) not in _LINKABLE:
                raise ValidationError("link", "these two kinds of record cannot be linked")
            if len(role) > 200:
                raise ValidationError("role", "longer than 200 characters")
            self._repo.link(r.Link(a.id, b.id, role))
            self._repo.add_history(a.id, self._now(), f"link:{b.id}", None, role)

    def unlink(self, from_id: str, to_id: str) -> None:
        with transaction(self._conn):
            self._repo.unlink(from_id, to_id)
            self._repo.add_history(from_id, self._now(), f"link:{to_id}", "linked", None)

    def links_of(self, record_id: str) -> list[r.Link]:
        return self._repo.links_of(record_id)

    def all_links(self) -> list[r.Link]:
        return self._repo.all_links()

    # --- attachments ---------------------------------------------------------------------
    def add_attachment(
        self,
        source: BinaryIO,
        file_name: str,
        media_type: str,
        target_id: str | None = None,
        *,
        record_id: r.RecordId | None = None,
    ) -> r.Attachment:
        """Stream `source` into the store; memory stays bounded by one chunk."""
        placeholder = r.Attachment(
            file_name, media_type or "application/octet-stream", 0, "0" * 64,
            target_id=r.RecordId(target_id) if target_id else None,
        )  # fmt: skip
        if record_id is not None:
            placeholder.id = record_id
        validate(placeholder)
        with transaction(self._conn):
            self._check_references(placeholder)
            rid = self._repo.insert(placeholder, sort_key=fold_text(file_name), now=self._now())
            size, digest = attachment_store.write_chunks(
                self._conn, placeholder.id, source, max_bytes=self.max_attachment_bytes
            )
            self._conn.execute(
                "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
                (size, digest, placeholder.id),
            )
            search_index.index(self._conn, rid, index_text(placeholder), fresh=True)
        placeholder.size, placeholder.sha256 = size, digest
        return placeholder

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        self._repo.meta(attachment_id)
        return attachment_store.read_chunks(self._conn, attachment_id)

    def attachment_bytes(self, attachment_id: str) -> bytes:
        """The whole content in memory, for the in-app viewers (bounded by the size limit)."""
        return b"".join(self.attachment_chunks(attachment_id))

    # --- views over records ----------------------------------------------------------------
    def timeline(self, record_id: str) -> list[TimelineItem]:
        """Events, deadlines, notes and attachments of a person or case, in date order."""
        rows = self._conn.execute(
            """
            SELECT e.date, 'event', e.id FROM events e WHERE e.case_id = :id OR e.person_id = :id
            UNION ALL SELECT d.due, 'deadline', d.id FROM deadlines d
                WHERE d.case_id = :id OR d.person_id = :id
            UNION ALL SELECT substr(m.created_at, 1, 10), m.kind, m.id FROM records m
                JOIN notes n ON n.id = m.id WHERE n.target_id = :id
            UNION ALL SELECT substr(m.created_at, 1, 10), m.kind, m.id FROM records m
                JOIN attachments a ON a.id = m.id WHERE a.target_id = :id
            """,
            {"id": record_id},
        ).fetchall()
        items = []
        for day, kind, item_id in rows:
            meta = self._repo.meta(item_id)
            if meta.deleted_at is None:
                items.append(TimelineItem(day, r.RecordKind(kind), meta.id, meta.label))
        items.sort(key=lambda i: (i.date, i.kind.value, i.label))
        return items

    def likely_duplicates(self, person: r.Person) -> list[DuplicateCandidate]:
        """Existing people whose names match this one's across scripts and spellings."""
        names = [person.name, *(o.name for o in person.other_names)]
        found: list[DuplicateCandidate] = []
        for rid in search_index.search_keys(self._conn, names, limit=50):
            row = self._conn.execute(
                "SELECT id, label FROM records WHERE rid = ? AND kind = 'person' "
                "AND deleted_at IS NULL",
                (rid,),
            ).fetchone()
            if row is None or row[0] == person.id:
                continue
            other = self.get_typed(row[0], r.Person)
            score = max(
                similarity(a, b)
                for a in names
                for b in [other.name, *(o.name for o in other.other_names)]
            )
            if score >= DUPLICATE_THRESHOLD:
                found.append(DuplicateCandidate(row[0], row[1], score))
        found.sort(key=lambda c: -c.similarity)
        return found

    def flagged_people(self) -> list[r.Person]:
        """Live people with at least one flag (the dashboard's "needs attention"), by name."""
        spec = SPECS[r.RecordKind.PERSON]
        cols = ", ".join(f"p.{quote(c)}" for c in spec.columns)
        rows = self._conn.execute(
            f"SELECT {cols} FROM people p JOIN records m ON m.id = p.id "  # noqa: S608
            "WHERE p.flags != '[]' AND m.deleted_at IS NULL ORDER BY m.sort_key"
        ).fetchall()
        return [spec.from_row(dict(zip(spec.columns, row, strict=True))) for row in rows]

    def open_deadlines(self, *, within_days: int | None = None) -> list[tuple[r.Deadline, bool]]:
        """Open deadlines (overdue ones included) expiring up to `within_days` ahead, soonest
        first; each with whether it is overdue."""
        now = self._clock.now()
        params: list[str] = []
        where = ""
        if within_days is not None:
            where = "AND d.expires_utc <= ?"
            params.append(_iso(now + timedelta(days=within_days)))
        spec = SPECS[r.RecordKind.DEADLINE]
        cols = ", ".join(f"d.{quote(c)}" for c in spec.columns)
        rows = self._conn.execute(
            f"SELECT {cols}, d.expires_utc FROM deadlines d JOIN records m ON m.id = d.id "  # noqa: S608
            f"WHERE d.status = 'open' AND m.deleted_at IS NULL {where} "
            "ORDER BY d.expires_utc",
            params,
        ).fetchall()
        width = len(spec.columns)
        result = []
        for row in rows:
            deadline = spec.from_row(dict(zip(spec.columns, row[:width], strict=True)))
            result.append((deadline, datetime.fromisoformat(row[width]) < now))
        return result
