"""Small pieces the backup dialogs share: the default file name and the summary text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from safecase.services.backup import BackupReport


def default_file_name(today: date) -> str:
    """Neutral on purpose: a date, never a person's or case's name."""
    return f"safecase-backup-{today:%Y%m%d}.age"


def counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return QCoreApplication.translate("BackupSummary", "no records")
    return ", ".join(f"{name}: {number}" for name, number in sorted(counts.items()))


def summary_text(report: BackupReport) -> str:
    try:
        made = datetime.fromisoformat(report.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        made = report.created_at
    text = QCoreApplication.translate("BackupSummary", "Backup made %1. It holds: %2.")
    return text.replace("%1", made).replace("%2", counts_text(report.counts))
