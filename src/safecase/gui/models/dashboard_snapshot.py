"""What the dashboard shows, read in one background task: open deadlines sorted into
overdue / today / next 7 days / later, and the people with flags that need attention.

"Today" and "the next 7 days" are calendar days in the user's time zone; a deadline is overdue
the moment it expires (its time, or the end of its day, in its own zone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import RecordId, RecordKind
from safecase.services.records import RecordsService, expires_utc

WEEK_DAYS = 7


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    NEXT_7_DAYS = "next_7_days"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class DashboardDeadline:
    id: RecordId
    title: str
    due: str
    time: str | None
    tz: str
    expires: datetime
    bucket: Bucket
    case_id: RecordId | None = None
    case_label: str = ""
    person_id: RecordId | None = None
    person_label: str = ""


@dataclass(frozen=True, slots=True)
class FlaggedPerson:
    id: RecordId
    name: str
    flags: tuple[str, ...]
    """Each flag as "flag — reason" (or the flag alone)."""


@dataclass(frozen=True, slots=True)
class DashboardSnapshot:
    now: datetime
    deadlines: dict[Bucket, list[DashboardDeadline]] = field(default_factory=dict)
    flagged: list[FlaggedPerson] = field(default_factory=list)
    people: int = 0
    cases: int = 0

    def bucket(self, which: Bucket) -> list[DashboardDeadline]:
        return self.deadlines.get(which, [])

    @property
    def deadline_count(self) -> int:
        return sum(len(items) for items in self.deadlines.values())

    @classmethod
    def load(
        cls,
        records: RecordsService,
        now: datetime,
        tz: tzinfo | None,
        *,
        with_flags: bool = True,
    ) -> DashboardSnapshot:
        """Read what the dashboard needs (run it off the GUI thread). Without `with_flags`
        the flagged people are left for `flagged_people()`, which reads every person (the
        records service has no query for "people with flags" yet) and is slower."""
        buckets: dict[Bucket, list[DashboardDeadline]] = {b: [] for b in Bucket}
        labels: dict[str, str] = {}

        def label(record_id: str | None) -> str:
            if record_id is None:
                return ""
            if record_id not in labels:
                try:
                    labels[record_id] = records.meta(record_id).label
                except RecordNotFound:
                    labels[record_id] = ""
            return labels[record_id]

        for deadline, overdue in records.open_deadlines():
            expires = expires_utc(deadline)
            which = bucket_of(expires, overdue, now, tz)
            buckets[which].append(
                DashboardDeadline(
                    deadline.id,
                    deadline.title,
                    deadline.due,
                    deadline.time,
                    deadline.tz,
                    expires,
                    which,
                    deadline.case_id,
                    label(deadline.case_id),
                    deadline.person_id,
                    label(deadline.person_id),
                )
            )
        flagged = flagged_people(records) if with_flags else []
        return cls(
            now, buckets, flagged, records.count(RecordKind.PERSON), records.count(RecordKind.CASE)
        )


def _flag_text(flag: str, reason: str) -> str:
    return f"{flag} — {reason}" if reason else flag


def bucket_of(expires: datetime, overdue: bool, now: datetime, tz: tzinfo | None) -> Bucket:
    """Which dashboard section a deadline expiring at `expires` belongs in at `now`."""
    if overdue or expires < now:
        return Bucket.OVERDUE
    today = now.astimezone(tz).date()
    day = expires.astimezone(tz).date()
    if day <= today:
        return Bucket.TODAY
    if day <= today + timedelta(days=WEEK_DAYS):
        return Bucket.NEXT_7_DAYS
    return Bucket.LATER


def flagged_people(records: RecordsService) -> list[FlaggedPerson]:
    """The people with at least one flag, by name (selected in SQL)."""
    return [
        FlaggedPerson(
            person.id, person.name, tuple(_flag_text(f.flag, f.reason) for f in person.flags)
        )
        for person in records.flagged_people()
    ]
