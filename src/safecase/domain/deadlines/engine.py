"""The deadline engine: one rule + one trigger -> a due date, its expiry moment and the reasons.

Every computation carries a trace a caseworker can read ("why this date"): the rule, its source
and confidence, the pack version, each counting step, each day rolled over and why, and the
versions of the holiday and tz data used. Conventions (deadline-rules.md §2): a date trigger is a
civil date in the authority's zone (a date-time from elsewhere is converted first); elapsed-time
rules count in UTC; suspensions extend or restart a running clock; an ambiguous period yields the
earliest date as due and the latest as outer limit. The engine refuses rather than guesses: a
missing key date, an unknown variant or a naive date-time raise DeadlineComputationError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safecase.domain.deadlines.counting import (
    Counter,
    Suspension,
    check_suspensions,
    fmt_moment,
    local_moment,
)
from safecase.domain.deadlines.errors import DeadlineComputationError
from safecase.domain.deadlines.provenance import holidays_version, tz_source
from safecase.domain.deadlines.rules import Act, Confidence, Rule, TriggerKind
from safecase.domain.deadlines.validity import resolve

__all__ = ["Computation", "RuleSource", "Suspension", "compute", "local_moment"]


@dataclass(frozen=True, slots=True)
class Computation:
    """One computed deadline and why. Compare moments in UTC (`expires_at.astimezone(UTC)`):
    Python subtracts two datetimes sharing a tzinfo as wall-clock times."""

    requested_rule_id: str
    rule_id: str  # the rule applied (differs when a validity window chose a linked rule)
    title: str
    variant: str | None
    zone: str
    trigger: date | datetime  # as given
    trigger_local: date | datetime  # civil date, or the moment, in the authority's zone
    due: date
    expires_at: datetime  # aware, in `zone`
    outer_limit: date | None
    outer_expires_at: datetime | None
    confidence: Confidence
    act: Act
    pack_id: str | None
    pack_version: str | None
    holidays_version: str
    tzdata_version: str  # where the tz data came from, with its version
    trace: tuple[str, ...]

    @property
    def needs_confirmation(self) -> bool:
        return self.confidence is Confidence.UNVERIFIED


class RuleSource(Protocol):
    """What the engine needs from a pack: its rules, to follow successors and children."""

    @property
    def rules(self) -> tuple[Rule, ...]: ...


def compute(
    rule: Rule,
    trigger: date | datetime,
    variant: str | None = None,
    suspensions: Sequence[Suspension] = (),
    *,
    pack: RuleSource | None = None,
    key_dates: Mapping[str, date] | None = None,
    zone: str | None = None,
) -> Computation:
    """Compute `rule` from `trigger`.

    `pack` lets a validity window hand over to a linked rule; `key_dates` answers windows keyed
    on another date (e.g. `registration`); `zone` replaces the rule's default authority zone
    (multi-state rules such as Dublin). Raises DeadlineComputationError (ClockSuspended for a
    clock that is paused now).
    """
    zone_name = zone or rule.zone
    tz = _zone(rule.id, zone_name)
    steps: list[str] = []
    trigger_day, trigger_local = _localise(rule, trigger, tz, zone_name, steps)
    applied = resolve(rule, trigger_day, key_dates or {}, pack.rules if pack else None, steps)
    offset, confidence = applied.offset, applied.confidence
    if variant is not None:
        chosen = applied.variant(variant)
        if chosen is None:
            known = ", ".join(v.id for v in applied.variants) or "none"
            raise DeadlineComputationError(
                applied.id, "variant", f"unknown variant {variant!r}; known: {known}"
            )
        offset = chosen.offset
        confidence = confidence.at_most(chosen.confidence or confidence)
        steps.append(f"Variant {chosen.id}: {chosen.title}: {offset}; confidence {confidence}.")
    steps.append(f"Authority zone: {zone_name} ({'given' if zone else 'rule default'}).")
    if applied.calendar is not None:
        steps.append(applied.calendar.describe() + ".")
    counter = Counter(applied, steps)
    outer_expires: datetime | None = None
    if applied.trigger_kind is TriggerKind.MOMENT:
        if suspensions:
            raise DeadlineComputationError(
                applied.id, "suspensions", "elapsed-time rules cannot be suspended"
            )
        if not isinstance(trigger_local, datetime):  # _localise refuses this; keeps mypy exact
            raise DeadlineComputationError(applied.id, "trigger", "a moment is needed")
        expires_at = counter.elapsed(trigger_local, offset, tz)
        if applied.ambiguity is not None:
            outer_expires = counter.elapsed(
                trigger_local, applied.ambiguity, tz, label="Outer limit: "
            )
        due = expires_at.date()
    else:
        ordered = check_suspensions(applied.id, trigger_day, suspensions)
        due = counter.dated(offset, trigger_day, ordered)
        expires_at = local_moment(due, applied.expiry_time, tz)
        if applied.ambiguity is not None:
            outer = counter.dated(applied.ambiguity, trigger_day, ordered, label="Outer limit: ")
            outer_expires = local_moment(outer, applied.expiry_time, tz)
    if counter.estimated:
        confidence = confidence.at_most(Confidence.MEDIUM)
        days = ", ".join(s.day.isoformat() for s in counter.estimated)
        steps.append(f"The date depends on estimated holidays ({days}): confidence at most medium.")
    steps.append(
        f"Due {due.isoformat()} ({due:%A}); expires {fmt_moment(expires_at)} in {zone_name}."
    )
    if outer_expires is not None:
        steps.append(
            "The law leaves a range: the earliest date is shown as due, the latest as the outer "
            f"limit {outer_expires.date().isoformat()} (expires {fmt_moment(outer_expires)})."
        )
    steps.append(
        "Sending or posting by then is enough (act: dispatch)."
        if applied.act is Act.DISPATCH
        else "It must have been received by then (act: receipt)."
    )
    if confidence is Confidence.UNVERIFIED:
        steps.append("UNVERIFIED: the caseworker must confirm this date; it is never an all clear.")
    tz_text = tz_source(zone_name)
    steps.append(f"Data used: holidays {holidays_version()}; time zones from {tz_text}.")
    return Computation(
        requested_rule_id=rule.id,
        rule_id=applied.id,
        title=applied.title,
        variant=variant,
        zone=zone_name,
        trigger=trigger,
        trigger_local=trigger_local,
        due=due,
        expires_at=expires_at,
        outer_limit=outer_expires.date() if outer_expires is not None else None,
        outer_expires_at=outer_expires,
        confidence=confidence,
        act=applied.act,
        pack_id=applied.origin.id if applied.origin else None,
        pack_version=applied.origin.version if applied.origin else None,
        holidays_version=holidays_version(),
        tzdata_version=tz_text,
        trace=(*_header(applied), *steps),
    )


def _zone(rule_id: str, name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DeadlineComputationError(rule_id, "zone", f"unknown time zone {name!r}") from exc


def _header(rule: Rule) -> list[str]:
    lines = [
        f"Rule {rule.id}: {rule.title}.",
        f"Source: {rule.source}.",
        f"Confidence {rule.confidence}; last checked {rule.checked.isoformat()}.",
        f"Rule pack {rule.origin.id} version {rule.origin.version}."
        if rule.origin
        else "Rule not loaded from a pack.",
        f"Trigger asked for: {rule.trigger}.",
    ]
    if rule.notes:
        lines.append(f"Note: {rule.notes}")
    return lines


def _localise(
    rule: Rule, trigger: date | datetime, tz: ZoneInfo, zone_name: str, steps: list[str]
) -> tuple[date, date | datetime]:
    """The trigger's civil date in the authority's zone, and the trigger as it will be used."""
    if isinstance(trigger, datetime):  # before `date`: a datetime is a date too
        if trigger.tzinfo is None or trigger.utcoffset() is None:
            raise DeadlineComputationError(
                rule.id, "trigger", "a date-time trigger needs a time zone (naive date-time)"
            )
        local = trigger.astimezone(tz)
        steps.append(
            f"Trigger given as {fmt_moment(trigger)}; in {zone_name} that is {fmt_moment(local)}."
        )
        if rule.trigger_kind is TriggerKind.MOMENT:
            return local.date(), local
        steps.append(
            f"Counting starts from the civil date {local.date().isoformat()} in {zone_name}; "
            "the trigger day itself is not counted."
        )
        return local.date(), local.date()
    if rule.trigger_kind is TriggerKind.MOMENT:
        raise DeadlineComputationError(
            rule.id, "trigger", "this rule counts elapsed time: give the date and time with a zone"
        )
    steps.append(
        f"Trigger date {trigger.isoformat()} (civil date in {zone_name}); "
        "the trigger day itself is not counted."
    )
    return trigger, trigger
