"""Saving computations into deadline records: a new record, an update, and the deadlines of
a chain (added, updated or withdrawn), reporting each date that moved.

Writes through RecordsService (history kept) inside the caller's transaction. Rules carried:
- a due date set by hand is kept: only its computed date is updated, and the trace says so;
- a deadline is saved to the minute, earlier than the computed moment, never later (a
  computation that could only be saved later is refused);
- an unverified date the caseworker confirmed carries the confirmation in its trace;
- a new outer limit before a date set by hand is refused for review;
- a pack update saves only deadlines that moved because of a rule the caseworker accepted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from safecase.domain import records as r
from safecase.domain.clock import Clock
from safecase.domain.deadlines import (
    ChangeKind,
    Computation,
    DeadlineComputationError,
    RulePack,
)
from safecase.domain.deadlines.rules import END_OF_DAY
from safecase.domain.errors import RecordNotFound, ValidationError
from safecase.services.deadline_changes import DeadlineChange, stored_day
from safecase.services.records import RecordsService, expires_utc
from safecase.services.rule_triggers import RuleInputs, StoredTrigger, child_inputs, path_key


def expiry_time_text(computation: Computation) -> str | None:
    """The record's HH:MM (None: end of the day), never later than the computed moment."""
    local = computation.expires_at
    if local.time().replace(tzinfo=None) == END_OF_DAY:
        return None
    return f"{local.hour:02d}:{local.minute:02d}"


class ComputedDeadlineWriter:
    """Writes computations into deadline records. `rules` is always the rule set the
    computation came from (a deadline's reminders follow its rule)."""

    def __init__(self, records: RecordsService, clock: Clock) -> None:
        self._records = records
        self._clock = clock

    def _new_record(
        self, rules: RulePack, c: Computation, stored: StoredTrigger, *, confirmed: bool
    ) -> r.Deadline:
        """A deadline record for `c`, not yet saved."""
        deadline = r.Deadline(
            title=c.title, due=c.due.isoformat(), tz=c.zone,
            reminders=_reminders(rules, c.rule_id),
            origin=r.DeadlineOrigin.COMPUTED,
        )  # fmt: skip
        self._fill(deadline, c, stored, confirmed=confirmed)
        return deadline

    def new_chain(
        self,
        rules: RulePack,
        inputs: RuleInputs,
        nodes: Sequence[tuple[tuple[str, ...], Computation]],
        *,
        confirmed: bool,
    ) -> list[r.Deadline]:
        """Records for a computed deadline and those that follow from it (`nodes`, first one
        first), linked through their stored triggers; not yet saved."""
        ids = {path: r.new_id() for path, _ in nodes}
        root_path = nodes[0][0]
        created: list[r.Deadline] = []
        for path, node in nodes:
            is_root = path == root_path
            node_inputs = inputs if is_root else child_inputs(inputs, path, node.trigger)
            stored = StoredTrigger(
                node_inputs, node.pack_id, node.pack_version,
                chain_root=None if is_root else ids[root_path],
                path=() if is_root else path,
                children={path_key(p): ids[p] for p, _ in nodes if p != root_path}
                if is_root else {},
            )  # fmt: skip
            deadline = self._new_record(rules, node, stored, confirmed=confirmed)
            deadline.id = ids[path]
            created.append(deadline)
        return created

    def _fill(
        self, d: r.Deadline, c: Computation, stored: StoredTrigger, *, confirmed: bool
    ) -> None:
        """Write a computation into a record (its due date only when not set by hand)."""
        overridden = _overridden(d)
        if not overridden:
            d.due = c.due.isoformat()
        d.computed_due = c.due.isoformat()
        d.time, d.tz = expiry_time_text(c), c.zone
        d.rule_id = c.rule_id
        d.trigger = stored.dumps()
        d.outer_limit = c.outer_limit.isoformat() if c.outer_limit else None
        d.confidence = c.confidence.value
        trace = list(c.trace)
        early = c.expires_at - expires_utc(d)
        if early < timedelta(0):
            raise DeadlineComputationError(
                c.rule_id, "time", "cannot be saved without moving later"
            )
        if early >= timedelta(seconds=1):
            trace.append(
                f"Saved as {d.due} {d.time} in {c.zone}, {_duration(early)} before the computed "
                "moment (deadlines are saved to the minute): earlier, never later."
            )
        if c.needs_confirmation and confirmed:
            trace.append(
                f"The caseworker confirmed this unverified date on {self._clock.now():%Y-%m-%d} "
                "(UTC)."
            )
        if overridden:
            trace.append(
                f"The due date {d.due} was set by hand (see the override reason); the rule "
                f"gives {d.computed_due}."
            )
        d.trace = trace

    def save_children(
        self,
        rules: RulePack,
        root: r.Deadline,
        stored: StoredTrigger,
        inputs: RuleInputs,
        nodes: Sequence[tuple[tuple[str, ...], Computation]],
        *,
        confirmed: bool,
    ) -> tuple[dict[str, str], list[DeadlineChange]]:
        """Update (or add) the deadlines that follow from `root`, withdraw those that no
        longer do; returns the new path -> id map and the changes."""
        children: dict[str, str] = {}
        changes: list[DeadlineChange] = []
        for path, node in nodes:
            key = path_key(path)
            child_stored = StoredTrigger(
                child_inputs(inputs, path, node.trigger), node.pack_id, node.pack_version,
                chain_root=root.id, path=path,
            )  # fmt: skip
            target = self._find(stored.children.get(key))
            if target is None:
                child = self._new_record(rules, node, child_stored, confirmed=confirmed)
                child.case_id, child.person_id = root.case_id, root.person_id
                self._records.create(child)
                children[key] = child.id
                changes.append(
                    DeadlineChange(
                        child.id, child.title, ChangeKind.ADDED, None, node.due,
                        new_outer_limit=node.outer_limit, new_rule_id=node.rule_id,
                        new_confidence=node.confidence.value,
                    )
                )  # fmt: skip
            else:
                children[key] = target.id
                if change := self.update(rules, target, node, child_stored, confirmed=confirmed):
                    changes.append(change)
        for key, child_id in stored.children.items():
            if key not in children:
                changes.extend(self._withdraw(child_id))
        return children, changes

    def _find(self, deadline_id: str | None) -> r.Deadline | None:
        if deadline_id is None:
            return None
        try:
            if self._records.meta(deadline_id).deleted_at is not None:
                return None
            return self._records.get_typed(deadline_id, r.Deadline)
        except RecordNotFound:
            return None

    def forget_child(self, root_id: str, child_id: str) -> None:
        """Take a deadline out of its chain's first deadline's list of those that follow."""
        root = self._find(root_id)
        if root is None:
            return
        stored = StoredTrigger.loads(root.trigger, root_id)
        children = {k: v for k, v in stored.children.items() if v != child_id}
        root.trigger = dataclasses.replace(stored, children=children).dumps()
        self._records.update(root)

    def _withdraw(self, deadline_id: str) -> list[DeadlineChange]:
        d = self._find(deadline_id)
        if d is None or d.status is not r.DeadlineStatus.OPEN:
            return []
        d.status = r.DeadlineStatus.WITHDRAWN
        d.trace = [*d.trace, "Withdrawn: it no longer follows from the deadline it came from."]
        self._records.update(d)
        old_due = date.fromisoformat(d.due)
        return [DeadlineChange(d.id, d.title, ChangeKind.REMOVED, old_due, None)]

    def update(
        self,
        rules: RulePack,
        d: r.Deadline,
        c: Computation,
        stored: StoredTrigger,
        *,
        confirmed: bool,
    ) -> DeadlineChange | None:
        """Save a new computation into `d`; the change, or None when nothing moved."""
        before = (d.computed_due or d.due, d.time, d.tz, d.outer_limit, d.rule_id, d.confidence)
        old_rule = d.rule_id
        if d.rule_id != c.rule_id:
            d.reminders = _reminders(rules, c.rule_id)
        self._fill(d, c, stored, confirmed=confirmed)
        if d.outer_limit and d.outer_limit < d.due:
            raise ValidationError(
                "outer_limit", "the new outer limit is before the date set by hand: review it"
            )
        self._records.update(d)
        after = (d.computed_due, d.time, d.tz, d.outer_limit, d.rule_id, d.confidence)
        if before == after:
            return None
        kind = ChangeKind.MOVED if before[:5] != after[:5] else ChangeKind.CONFIDENCE
        return DeadlineChange(
            d.id, d.title, kind, stored_day(before[0]), c.due, stored_day(before[3]),
            c.outer_limit, old_rule, c.rule_id, before[5], c.confidence.value,
            override_kept=_overridden(d),
        )  # fmt: skip

    def save_accepted(
        self,
        rules: RulePack,
        moved: Mapping[str, tuple[Computation, StoredTrigger | None]],
        accepted: set[str],
    ) -> dict[str, str]:
        """Save recomputed deadlines whose rules were accepted; returns the ids not saved,
        with why."""
        refused = self.unaccepted(moved, accepted)
        for deadline_id, (c, stored) in moved.items():
            if deadline_id in refused:
                continue
            d = self._records.get_typed(deadline_id, r.Deadline)
            old = stored or StoredTrigger.loads(d.trigger, deadline_id)
            inputs = dataclasses.replace(old.inputs, trigger=c.trigger)
            new = dataclasses.replace(
                old, inputs=inputs, pack_id=c.pack_id, pack_version=c.pack_version
            )
            try:
                self.update(rules, d, c, new, confirmed=False)
            except (ValidationError, DeadlineComputationError) as exc:
                refused[deadline_id] = str(exc)
        return refused

    def unaccepted(
        self, moved: Mapping[str, tuple[Computation, StoredTrigger | None]], accepted: set[str]
    ) -> dict[str, str]:
        """The moved deadlines that follow from none of the accepted rules (they moved for
        another reason, such as newer holiday data), with why: a pack update leaves them."""
        refused: dict[str, str] = {}
        for deadline_id, (c, stored) in moved.items():
            d = self._records.get_typed(deadline_id, r.Deadline)
            old = stored or StoredTrigger.loads(d.trigger, deadline_id)
            if not {d.rule_id, c.rule_id, old.inputs.rule_id, *old.path} & accepted:
                refused[deadline_id] = (
                    "moved for another reason than the accepted rules (e.g. newer holiday "
                    "data): not saved; recompute it to review"
                )
        return refused


def _reminders(rules: RulePack, rule_id: str) -> list[str]:
    return [f"P{days}D" for days in rules.get(rule_id).reminder_days]


def _duration(delta: timedelta) -> str:
    minutes, seconds = divmod(int(delta.total_seconds()), 60)
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


def _overridden(d: r.Deadline) -> bool:
    return bool(d.computed_due and d.due != d.computed_due and (d.override_reason or "").strip())
