"""Validity windows: which rule of a lineage applies to a case.

Law changes by date: the ECtHR limit is 6 months for final decisions before 1 February 2022 and
4 months after; Dublin III governs applications registered before 1 July 2026, the AMMR those
registered later. Rules linked by `successor` form a lineage; exactly one member may cover a
given key date. When the key date is not the trigger and was not given, we decide only what is
certain (a registration is never after the trigger) and otherwise ask: a guessed regime would be
a silent wrong deadline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from safecase.domain.deadlines.errors import DeadlineComputationError
from safecase.domain.deadlines.rules import TRIGGER_KEY, Rule, Window


def window_verdict(window: Window, trigger_day: date, key_dates: Mapping[str, date]) -> bool | None:
    """True or False when we know whether the window covers the case, None when we must ask."""
    if window.key == TRIGGER_KEY:
        return window.contains(trigger_day)
    given = key_dates.get(window.key)
    if given is not None:
        return window.contains(given)
    if window.precedes_trigger:  # the key date is on or before the trigger
        if window.valid_from is not None and trigger_day < window.valid_from:
            return False
        if window.valid_from is None and window.valid_until is not None:
            return True if trigger_day <= window.valid_until else None
    return None


def lineage(rule: Rule, rules: Sequence[Rule] | None) -> list[Rule]:
    """`rule` and every rule linked to it by successor links, in either direction."""
    if rules is None:
        return [rule]
    by_id = {r.id: r for r in rules}
    found = {rule.id: rule}
    frontier = [rule]
    while frontier:
        current = frontier.pop()
        linked = [by_id[current.successor]] if current.successor in by_id else []
        linked += [r for r in rules if r.successor == current.id]
        for other in linked:
            if other.id not in found:
                found[other.id] = other
                frontier.append(other)
    return list(found.values())


def resolve(
    rule: Rule,
    trigger_day: date,
    key_dates: Mapping[str, date],
    rules: Sequence[Rule] | None,
    steps: list[str],
) -> Rule:
    """The member of `rule`'s lineage whose window covers the case; explains the choice."""
    window = rule.window
    if window is None:
        return rule
    verdicts = [
        (r, window_verdict(r.window, trigger_day, key_dates) if r.window else True)
        for r in lineage(rule, rules)
    ]
    chosen = next((r for r, v in verdicts if v is True), None)
    if chosen is None:
        if any(v is None for _, v in verdicts):
            raise DeadlineComputationError(
                rule.id,
                f"key_dates.{window.key}",
                f"give the {window.label}: which rule applies depends on it",
            )
        hint = f" (successor {rule.successor} not in the pack)" if rule.successor else ""
        raise DeadlineComputationError(
            rule.id,
            "trigger",
            f"no rule in the pack applies: {rule.id} applies only when the "
            f"{window.describe()}{hint}",
        )
    if window.key == TRIGGER_KEY:
        basis = f"the trigger date is {trigger_day.isoformat()}"
    elif window.key in key_dates:
        basis = f"it is {key_dates[window.key].isoformat()}"
    else:
        basis = f"it was not given, but it is never after the trigger {trigger_day.isoformat()}"
    if chosen is rule:
        steps.append(f"Validity: {rule.id} applies when the {window.describe()}; {basis}.")
    else:
        steps.append(
            f"Validity: {rule.id} applies when the {window.describe()}; {basis}, so the "
            f"linked rule {chosen.id} applies instead."
        )
    return chosen
