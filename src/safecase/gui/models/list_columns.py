"""Which columns each record list shows, how each is displayed and what it sorts by.

Fields come from `services.records.LIST_COLUMNS` (plus the record's label and last change);
a column sorts only by an order named in `services.records.SORTABLE`, so every sort is SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from safecase.domain.records import RecordKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


class Display(StrEnum):
    TEXT = "text"
    VOCABULARY = "vocabulary"
    DATE = "date"
    TIME = "time"
    TIMESTAMP = "timestamp"
    REFERENCE = "reference"
    SIZE = "size"


@dataclass(frozen=True, slots=True)
class ListColumn:
    field: str
    """A key of `ListRow.fields`, or `label` / `updated_at` of the row itself."""
    title: str
    display: Display = Display.TEXT
    sort: str | None = None
    """An order of `services.records.SORTS`, or None when the column cannot sort."""

    def translated_title(self) -> str:
        return _t(self.title)


_UPDATED = ListColumn("updated_at", "Last changed", Display.TIMESTAMP, "updated")

LIST_COLUMNS: dict[RecordKind, tuple[ListColumn, ...]] = {
    RecordKind.PERSON: (
        ListColumn("label", "Name", sort="label"),
        ListColumn("risk", "Risk", Display.VOCABULARY, "risk"),
        ListColumn("country", "Country"),
        ListColumn("status", "Legal status"),
        _UPDATED,
    ),
    RecordKind.CONTACT: (
        ListColumn("label", "Name", sort="label"),
        ListColumn("kind", "Kind", Display.VOCABULARY, "kind"),
        ListColumn("organisation", "Organisation"),
        ListColumn("safety", "Safety"),
        _UPDATED,
    ),
    RecordKind.CASE: (
        ListColumn("label", "Title", sort="label"),
        ListColumn("kind", "Kind", Display.VOCABULARY, "kind"),
        ListColumn("jurisdiction", "Jurisdiction"),
        ListColumn("status", "Status", Display.VOCABULARY, "status"),
        ListColumn("opened", "Opened", Display.DATE, "opened"),
        _UPDATED,
    ),
    RecordKind.EVENT: (
        ListColumn("date", "Date", Display.DATE, "date"),
        ListColumn("kind", "Kind", Display.VOCABULARY, "kind"),
        ListColumn("summary", "Summary"),
        _UPDATED,
    ),
    RecordKind.DEADLINE: (
        ListColumn("label", "Deadline", sort="label"),
        ListColumn("due", "Due", Display.DATE, "due"),
        ListColumn("time", "Time", Display.TIME),
        ListColumn("tz", "Time zone"),
        ListColumn("status", "Status", Display.VOCABULARY, "status"),
        _UPDATED,
    ),
    RecordKind.NOTE: (
        ListColumn("label", "Title", sort="label"),
        ListColumn("target_id", "About", Display.REFERENCE),
        _UPDATED,
    ),
    RecordKind.ATTACHMENT: (
        ListColumn("label", "File", sort="label"),
        ListColumn("media_type", "Type"),
        ListColumn("size", "Size", Display.SIZE),
        _UPDATED,
    ),
}
