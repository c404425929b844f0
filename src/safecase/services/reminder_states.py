"""Each open deadline's reminder state as the vault keeps it: its expiry, the caseworker's
acknowledgement (and the expiry it was given for) and snooze; and the encoding the reminder
tables share: moments as UTC ISO 8601 text to the second, ids read in batches.

Rules carried here:
- an acknowledgement counts for the expiry it was given for, and only inside that expiry's
  escalation window;
- reads stay in small indexes: the digest's (covering), then the answered deadlines' only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from safecase.domain.deadlines.reminders import ESCALATION_WINDOW
from safecase.storage.connection import Connection

BATCH = 500


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def utc_moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def sql_marks(count: int) -> str:
    return ",".join("?" * count)


def batches(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


@dataclass(slots=True)
class DeadlineState:
    id: str
    due: date
    expires_at: datetime
    acknowledged_at: datetime | None
    acknowledged_for: str | None
    snoozed_until: datetime | None
    expires_text: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> DeadlineState:
        deadline_id, due, expires, ack_at, ack_for, snoozed = row
        return cls(deadline_id, date.fromisoformat(due), datetime.fromisoformat(expires),
                   utc_moment(ack_at), ack_for, utc_moment(snoozed), expires)  # fmt: skip

    def acknowledged(self) -> bool:
        """Acknowledged for this expiry, inside its escalation window."""
        return (
            self.acknowledged_at is not None
            and self.acknowledged_for == self.expires_text
            and self.acknowledged_at >= self.expires_at - ESCALATION_WINDOW
        )


class ReminderStates:
    """Reads deadlines' reminder state; writes nothing."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def of(self, ids: Sequence[str]) -> dict[str, DeadlineState]:
        rows: list[Any] = []
        for chunk in batches(ids):
            rows += self._conn.execute(
                "SELECT deadline_id, due, expires_utc FROM deadline_digest "  # noqa: S608 - marks only
                f"WHERE deadline_id IN ({sql_marks(len(chunk))})",
                list(chunk),
            ).fetchall()
        return {state.id: state for state in self._with_answers(rows)}

    def expiring(self, after: datetime, until: datetime) -> list[DeadlineState]:
        """Open deadlines expiring in (after, until], with their reminder state. Two reads
        that stay in small indexes: the digest's (covering), then the answered deadlines'."""
        rows = self._conn.execute(
            "SELECT deadline_id, due, expires_utc FROM deadline_digest "
            "WHERE status = 'open' AND live = 1 AND expires_utc > ? AND expires_utc <= ?",
            (iso_utc(after), iso_utc(until)),
        ).fetchall()
        return self._with_answers(rows)

    def _with_answers(self, rows: Sequence[Any]) -> list[DeadlineState]:
        """Deadlines (id, due, expiry) with their acknowledgement and snooze, if any."""
        answered: dict[str, tuple[Any, ...]] = {}
        for chunk in batches([row[0] for row in rows]):
            answered.update(
                (row[0], row[1:])
                for row in self._conn.execute(
                    "SELECT deadline_id, acknowledged_at, acknowledged_for, snoozed_until "  # noqa: S608 - marks only
                    "FROM reminder_deadlines INDEXED BY reminder_deadlines_answered "
                    f"WHERE deadline_id IN ({sql_marks(len(chunk))}) "
                    "AND (acknowledged_at IS NOT NULL OR snoozed_until IS NOT NULL)",
                    list(chunk),
                )
            )
        return [
            DeadlineState.of((did, due, expires, *answered.get(did, (None, None, None))))
            for did, due, expires in rows
        ]

    def escalating(self, now: datetime) -> list[str]:
        """Open deadlines inside their escalation window (expiring within 48 hours)."""
        return [state.id for state in self.expiring(now, now + ESCALATION_WINDOW)]
