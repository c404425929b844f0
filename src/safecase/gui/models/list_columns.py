"""Which columns each record list shows, how each is displayed and what it sorts by.

Fields come from `services.records.LIST_COLUMNS` (plus the record's label and last change);
a column sorts only by an order named in `services.records.SORTABLE`, so every sort is SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from safecase.domain.records import RecordKind
from safecase.gui.translatable import translatable


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


_UPDATED = ListColumn(
    "updated_at", translatable("Columns", "Last changed"), Display.TIMESTAMP, "updated"
)

LIST_COLUMNS: dict[RecordKind, tuple[ListColumn, ...]] = {
    RecordKind.PERSON: (
        ListColumn("label", translatable("Columns", "Name"), sort="label"),
        ListColumn("risk", translatable("Columns", "Risk"), Display.VOCABULARY, "risk"),
        ListColumn("country", translatable("Columns", "Country")),
        ListColumn("status", translatable("Columns", "Legal status")),
        _UPDATED,
    ),
    RecordKind.CONTACT: (
        ListColumn("label", translatable("Columns", "Name"), sort="label"),
        ListColumn("kind", translatable("Columns", "Kind"), Display.VOCABULARY, "kind"),
        ListColumn("organisation", translatable("Columns", "Organisation")),
        ListColumn("safety", translatable("Columns", "Safety")),
        _UPDATED,
    ),
    RecordKind.CASE: (
        ListColumn("label", translatable("Columns", "Title"), sort="label"),
        ListColumn("kind", translatable("Columns", "Kind"), Display.VOCABULARY, "kind"),
        ListColumn("jurisdiction", translatable("Columns", "Jurisdiction")),
        ListColumn("status", translatable("Columns", "Status"), Display.VOCABULARY, "status"),
        ListColumn("opened", translatable("Columns", "Opened"), Display.DATE, "opened"),
        _UPDATED,
    ),
    RecordKind.EVENT: (
        ListColumn("date", translatable("Columns", "Date"), Display.DATE, "date"),
        ListColumn("kind", translatable("Columns", "Kind"), Display.VOCABULARY, "kind"),
        ListColumn("summary", translatable("Columns", "Summary")),
        _UPDATED,
    ),
    RecordKind.DEADLINE: (
        ListColumn("label", translatable("Columns", "Deadline"), sort="label"),
        ListColumn("due", translatable("Columns", "Due"), Display.DATE, "due"),
        ListColumn("time", translatable("Columns", "Time"), Display.TIME),
        ListColumn("tz", translatable("Columns", "Time zone")),
        ListColumn("status", translatable("Columns", "Status"), Display.VOCABULARY, "status"),
        _UPDATED,
    ),
    RecordKind.NOTE: (
        ListColumn("label", translatable("Columns", "Title"), sort="label"),
        ListColumn("target_id", translatable("Columns", "About"), Display.REFERENCE),
        _UPDATED,
    ),
    RecordKind.ATTACHMENT: (
        ListColumn("label", translatable("Columns", "File"), sort="label"),
        ListColumn("media_type", translatable("Columns", "Type")),
        ListColumn("size", translatable("Columns", "Size"), Display.SIZE),
        _UPDATED,
    ),
}
