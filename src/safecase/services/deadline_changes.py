"""What moved: the changes that recomputing deadlines and updating rule packs report.

Rule carried here: nothing moves silently. A change names one deadline with its old and new
date, rule and confidence, says when a date set by hand was kept (only its computed date
moved), and carries an error instead when the deadline could not be computed again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from safecase.domain import records as r
from safecase.domain.deadlines import ChangeKind


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """One deadline whose computed date (or confidence) moved, or could not be computed."""

    deadline_id: str
    title: str
    kind: ChangeKind
    old_due: date | None
    new_due: date | None
    old_outer_limit: date | None = None
    new_outer_limit: date | None = None
    old_rule_id: str | None = None
    new_rule_id: str | None = None
    old_confidence: str | None = None
    new_confidence: str | None = None
    override_kept: bool = False  # the hand-set due date stays; its computed date moved
    error: str | None = None  # set when the deadline could not be computed again

    @property
    def days(self) -> int | None:
        if self.old_due is None or self.new_due is None:
            return None
        return (self.new_due - self.old_due).days

    def describe(self) -> str:
        if self.error:
            return f"{self.title}: cannot be computed again ({self.error})"
        if self.kind is ChangeKind.REMOVED:
            return f"{self.title}: no longer follows from its rule (withdrawn)"
        if self.kind is ChangeKind.CONFIDENCE:
            return f"{self.title}: confidence {self.old_confidence} -> {self.new_confidence}"
        old = self.old_due.isoformat() if self.old_due else "none"
        new = self.new_due.isoformat() if self.new_due else "none"
        days = f" ({self.days:+d} days)" if self.days else ""
        text = f"{self.title}: {old} -> {new}{days}"
        if self.old_rule_id != self.new_rule_id and self.old_rule_id and self.new_rule_id:
            text += f"; rule {self.old_rule_id} -> {self.new_rule_id}"
        if self.override_kept:
            text += "; the date set by hand is kept"
        return text


@dataclass(frozen=True, slots=True)
class Recomputed:
    deadline: r.Deadline
    changes: tuple[DeadlineChange, ...]


@dataclass(frozen=True, slots=True)
class RecomputeReport:
    checked: int
    computed: int  # engine runs after de-duplicating identical inputs
    changes: tuple[DeadlineChange, ...]

    @property
    def moved(self) -> tuple[DeadlineChange, ...]:
        return tuple(c for c in self.changes if c.error is None)

    @property
    def failed(self) -> tuple[DeadlineChange, ...]:
        return tuple(c for c in self.changes if c.error is not None)

    def with_errors(self, errors: Mapping[str, str]) -> RecomputeReport:
        """This report, the changes of the deadlines named in `errors` carrying why."""
        changes = tuple(
            dataclasses.replace(c, error=errors[c.deadline_id]) if c.deadline_id in errors else c
            for c in self.changes
        )
        return dataclasses.replace(self, changes=changes)


def stored_day(text: str | None) -> date | None:
    """A date as a record stores it (YYYY-MM-DD), for a change to report; None if unset."""
    return date.fromisoformat(text) if text else None
