"""Small pieces the backup dialogs share: the default file name, the summary text, and form
rows whose field is a row of widgets."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from safecase.gui.translatable import translatable
from safecase.services.backup import BackupReport

# In the order a caseworker thinks of them; the manifest's own keys are not for people.
_KINDS = (
    ("person", translatable("BackupSummary", "people")),
    ("case", translatable("BackupSummary", "cases")),
    ("contact", translatable("BackupSummary", "contacts")),
    ("deadline", translatable("BackupSummary", "deadlines")),
    ("event", translatable("BackupSummary", "events")),
    ("note", translatable("BackupSummary", "notes")),
    ("attachment", translatable("BackupSummary", "documents")),
    ("recycle_bin", translatable("BackupSummary", "in the recycle bin")),
)


def labelled_row(form: QFormLayout, text: str, buddy: QWidget, field: QLayout) -> None:
    """A row whose label's shortcut (the letter after "&") moves to `buddy`: a label made by
    `addRow(text, layout)` has no buddy, so it would show the "&" itself."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    form.addRow(label, field)


def default_file_name(today: date) -> str:
    """Neutral on purpose: a date, never a person's or case's name."""
    return f"safecase-backup-{today:%Y%m%d}.age"


def counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return QCoreApplication.translate("BackupSummary", "no records")
    known = [key for key, _label in _KINDS]
    parts = [
        f"{QCoreApplication.translate('BackupSummary', label)} {counts.get(key, 0)}"
        for key, label in _KINDS
    ]
    parts += [f"{key} {n}" for key, n in sorted(counts.items()) if key not in known]
    return ", ".join(parts)


def summary_text(report: BackupReport) -> str:
    try:
        made = datetime.fromisoformat(report.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        made = report.created_at
    text = QCoreApplication.translate("BackupSummary", "Backup made %1. It holds: %2.")
    return text.replace("%1", made).replace("%2", counts_text(report.counts))
