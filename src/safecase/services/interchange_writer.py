"""Write the live records of a vault as an interchange v1 document (docs/interchange.md).

Rules carried here:
- refs are made up per file (p1, c1, k1, e1, d1, n1, a1 …); vault ids never leave the vault;
- the recycle bin, history and timestamps are not exported; a reference to a record in the
  recycle bin is left out and counted in `ExportSummary.dropped_references`;
- one record per line, streamed: memory stays bounded by one record (an attachment's content is
  base64-encoded chunk by chunk as it is written);
- a field equal to its empty default ("" / [] / none) is omitted; kinds and statuses are always
  written.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from safecase.domain import records as r
from safecase.services.interchange_reader import FORMAT, SECTIONS, VERSION
from safecase.services.records import RecordsService

REF_PREFIXES: dict[r.RecordKind, str] = {
    r.RecordKind.PERSON: "p",
    r.RecordKind.CONTACT: "c",
    r.RecordKind.CASE: "k",
    r.RecordKind.EVENT: "e",
    r.RecordKind.DEADLINE: "d",
    r.RecordKind.NOTE: "n",
    r.RecordKind.ATTACHMENT: "a",
}
_KIND_OF_PREFIX = {prefix: kind for kind, prefix in REF_PREFIXES.items()}
# Optional text that may be empty rather than absent: "" is written, so it round-trips as "".
_NULLABLE_TEXT = frozenset({"rule_id", "trigger", "confidence", "override_reason"})
_BASE64_BLOCK = 3 * 65536  # bytes encoded at a time (a multiple of 3: no padding inside)


@dataclass(slots=True)
class ExportSummary:
    counts: dict[r.RecordKind, int] = field(default_factory=dict)
    links: int = 0
    dropped_references: int = 0


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class _Writer:
    def __init__(self, records: RecordsService) -> None:
        self._records = records
        self.refs: dict[str, str] = {}
        self._position: dict[str, int] = {}  # id -> order in the file, to sort links stably
        self.summary = ExportSummary()
        self.case_people: dict[str, list[object]] = {}
        self.contact_links: dict[str, list[dict[str, str]]] = {}

    def collect(self) -> None:
        for kind, prefix in REF_PREFIXES.items():
            count = 0
            for record in self._records.all(kind):
                count += 1
                self.refs[record.id] = f"{prefix}{count}"
                self._position[record.id] = len(self._position)
            self.summary.counts[kind] = count
        links = [lk for lk in self._records.all_links() if lk.from_id in self._position]
        links.sort(key=lambda lk: (self._position[lk.from_id], self._position.get(lk.to_id, -1)))
        for link in links:
            from_ref, to_ref = self.refs.get(link.from_id), self.refs.get(link.to_id)
            if from_ref is None or to_ref is None:
                continue  # a record at either end is in the recycle bin
            if from_ref[0] == "p" and to_ref[0] == "k":
                entry: object = {"person": from_ref, "role": link.role} if link.role else from_ref
                self.case_people.setdefault(link.to_id, []).append(entry)
            elif from_ref[0] == "c" and to_ref[0] in "pk":
                key = "person" if to_ref[0] == "p" else "case"
                item = {key: to_ref} | ({"role": link.role} if link.role else {})
                self.contact_links.setdefault(link.from_id, []).append(item)
            else:
                continue
            self.summary.links += 1

    def ref(self, record_id: str | None) -> str | None:
        if record_id is None:
            return None
        found = self.refs.get(record_id)
        if found is None:
            self.summary.dropped_references += 1
        return found

    def to_json(self, record: r.Record) -> dict[str, Any]:
        """The interchange object of a record, without an attachment's content."""
        out: dict[str, Any] = {"ref": self.refs[record.id]}
        match record:
            case r.Person():
                out |= {"name": record.name,
                        "other_names": [_other_name(o) for o in record.other_names],
                        "birth_date": record.birth_date, "citizenship": record.citizenship,
                        "ethnicity": record.ethnicity, "languages": record.languages,
                        "country": record.country, "location": record.location,
                        "status": record.status, "risk": record.risk and record.risk.value,
                        "flags": [_flag(f) for f in record.flags], "tags": record.tags,
                        "summary": record.summary}  # fmt: skip
            case r.Contact():
                out |= {"name": record.name, "kind": record.kind.value,
                        "organisation": record.organisation, "phones": record.phones,
                        "emails": record.emails, "handles": record.handles,
                        "safety": record.safety, "notes": record.notes,
                        "links": self.contact_links.get(record.id, [])}  # fmt: skip
            case r.Case():
                out |= {"title": record.title, "kind": record.kind.value,
                        "people": self.case_people.get(record.id, []),
                        "jurisdiction": record.jurisdiction, "authority": record.authority,
                        "reference": record.references[0] if record.references else None,
                        "references": record.references[1:], "status": record.status.value,
                        "opened": record.opened, "closed": record.closed,
                        "charges": record.charges, "summary": record.summary}  # fmt: skip
            case r.Event():
                out |= {"date": record.date, "kind": record.kind.value, "time": record.time,
                        "tz": record.tz, "case": self.ref(record.case_id),
                        "person": self.ref(record.person_id),
                        "summary": record.summary}  # fmt: skip
            case r.Deadline():
                out |= {"title": record.title, "due": record.due, "time": record.time,
                        "tz": record.tz, "status": record.status.value,
                        "reminders": record.reminders, "case": self.ref(record.case_id),
                        "person": self.ref(record.person_id), "origin": record.origin.value,
                        "rule_id": record.rule_id,
                        "trigger_event": self.ref(record.trigger_event_id),
                        "trigger": record.trigger, "trace": record.trace,
                        "outer_limit": record.outer_limit, "confidence": record.confidence,
                        "computed_due": record.computed_due,
                        "override_reason": record.override_reason}  # fmt: skip
            case r.Note():
                out |= {"title": record.title, "body": record.body,
                        "format": record.format.value}  # fmt: skip
                out |= self._target(record.target_id)
            case r.Attachment():
                out |= {"file_name": record.file_name, "media_type": record.media_type,
                        "size": record.size, "sha256": record.sha256}  # fmt: skip
                out |= self._target(record.target_id)
        return {
            k: v
            for k, v in out.items()
            if v is not None and v != [] and (v != "" or k in _NULLABLE_TEXT)
        }

    def _target(self, target_id: str | None) -> dict[str, str]:
        ref = self.ref(target_id)
        return {} if ref is None else {_KIND_OF_PREFIX[ref[0]].value: ref}

    def content(self, attachment_id: str) -> Iterator[str]:
        """Base64 of an attachment's content, in pieces (only the last one padded)."""
        pending = b""
        for chunk in self._records.attachment_chunks(attachment_id):
            pending += chunk
            whole = len(pending) - len(pending) % _BASE64_BLOCK
            if whole:
                yield base64.b64encode(pending[:whole]).decode("ascii")
                pending = pending[whole:]
        yield base64.b64encode(pending).decode("ascii")


def _other_name(other: r.OtherName) -> object:
    if not other.script and not other.language and other.kind == "alias":
        return other.name
    out = {"name": other.name, "script": other.script, "language": other.language}
    out = {k: v for k, v in out.items() if v}
    return out | ({"kind": other.kind} if other.kind != "alias" else {})


def _flag(flag: r.Flag) -> dict[str, str]:
    out = {"flag": flag.flag, "reason": flag.reason, "since": flag.since or ""}
    return {k: v for k, v in out.items() if v}


def write_document(out: TextIO, records: RecordsService) -> ExportSummary:
    """Write every live record to `out`. The caller holds a transaction for a consistent view."""
    writer = _Writer(records)
    writer.collect()
    out.write(f'{{"format": {_dump(FORMAT)}, "version": {VERSION}')
    for section, kind in SECTIONS.items():
        out.write(f',\n "{section}": [')
        first = True
        for record in records.all(kind):
            out.write("\n  " if first else ",\n  ")
            first = False
            obj = writer.to_json(record)
            if not isinstance(record, r.Attachment):
                out.write(_dump(obj))
                continue
            out.write(_dump(obj)[:-1] + ', "content": "')
            for piece in writer.content(record.id):
                out.write(piece)
            out.write('"}')
        out.write("]" if first else "\n ]")
    out.write("\n}\n")
    return writer.summary
