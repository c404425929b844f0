"""Rows <-> record dataclasses, for every kind, from one table of column codecs.

Each field maps to a column of the same name; lists are JSON arrays, enums their values. The
encoded row is also what history compares, so a field's history shows stored values.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from safecase.domain import records as r

Row = dict[str, Any]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]


PLAIN = Codec(lambda v: v, lambda v: v)
STR_LIST = Codec(_dump, lambda v: list(json.loads(v)))


def _enum(kind: type[StrEnum]) -> Codec:
    return Codec(lambda v: None if v is None else v.value, lambda v: None if v is None else kind(v))


def _objects(kind: type[Any]) -> Codec:
    return Codec(
        lambda v: _dump([dataclasses.asdict(x) for x in v]),
        lambda v: [kind(**x) for x in json.loads(v)],
    )


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: r.RecordKind
    cls: type[Any]
    table: str
    codecs: dict[str, Codec]

    @property
    def columns(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.cls)]

    def to_row(self, record: Any) -> Row:
        return {
            name: self.codecs.get(name, PLAIN).encode(getattr(record, name))
            for name in self.columns
        }

    def from_row(self, row: Row) -> Any:
        return self.cls(
            **{name: self.codecs.get(name, PLAIN).decode(row[name]) for name in self.columns}
        )


SPECS: dict[r.RecordKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            r.RecordKind.PERSON,
            r.Person,
            "people",
            {
                "other_names": _objects(r.OtherName),
                "citizenship": STR_LIST,
                "languages": STR_LIST,
                "risk": _enum(r.Risk),
                "flags": _objects(r.Flag),
                "tags": STR_LIST,
            },
        ),
        KindSpec(
            r.RecordKind.CONTACT,
            r.Contact,
            "contacts",
            {
                "kind": _enum(r.ContactKind),
                "phones": STR_LIST,
                "emails": STR_LIST,
                "handles": STR_LIST,
            },
        ),
        KindSpec(
            r.RecordKind.CASE,
            r.Case,
            "cases",
            {"kind": _enum(r.CaseKind), "references": STR_LIST, "status": _enum(r.CaseStatus)},
        ),
        KindSpec(r.RecordKind.EVENT, r.Event, "events", {"kind": _enum(r.EventKind)}),
        KindSpec(
            r.RecordKind.DEADLINE,
            r.Deadline,
            "deadlines",
            {
                "status": _enum(r.DeadlineStatus),
                "reminders": STR_LIST,
                "origin": _enum(r.DeadlineOrigin),
                "trace": STR_LIST,
            },
        ),
        KindSpec(r.RecordKind.NOTE, r.Note, "notes", {"format": _enum(r.NoteFormat)}),
        KindSpec(r.RecordKind.ATTACHMENT, r.Attachment, "attachments", {}),
    )
}


def spec_for(record: r.Record) -> KindSpec:
    return SPECS[r.kind_of(record)]


def quote(column: str) -> str:
    """Column names are ours, never user input; quoting covers reserved words like `references`."""
    return f'"{column}"'
