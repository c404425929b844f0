"""Chains of deadlines: a computed date triggers the next rule (tacit acceptance -> transfer).

Changing a trigger, a variant or the rule pack recomputes everything downstream;
`recompute_chain` compares the old and new chains and lists the dates that moved, so the
caseworker can see and accept each change rather than have dates shift silently.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from safecase.domain.deadlines.counting import Suspension
from safecase.domain.deadlines.engine import Computation, RuleSource, compute
from safecase.domain.deadlines.errors import DeadlineComputationError
from safecase.domain.deadlines.rules import TriggerKind

MAX_CHAIN_DEPTH = 8  # packs are validated acyclic; this only bounds a hand-built pack


@dataclass(frozen=True, slots=True)
class ChainNode:
    path: tuple[str, ...]  # requested rule ids from the root down to this node
    computation: Computation


@dataclass(frozen=True, slots=True)
class Chain:
    nodes: tuple[ChainNode, ...]  # depth first, root first

    @property
    def root(self) -> Computation:
        return self.nodes[0].computation

    def find(self, path: tuple[str, ...]) -> ChainNode | None:
        return next((n for n in self.nodes if n.path == path), None)


class ChangeKind(StrEnum):
    MOVED = "moved"
    ADDED = "added"
    REMOVED = "removed"
    CONFIDENCE = "confidence"  # same dates, but how sure we are of them changed


@dataclass(frozen=True, slots=True)
class DateChange:
    path: tuple[str, ...]
    kind: ChangeKind
    old: Computation | None
    new: Computation | None

    def describe(self) -> str:
        name = " > ".join(self.path)
        if self.old is None and self.new is not None:
            return f"{name}: new date {self.new.due.isoformat()}"
        if self.new is None and self.old is not None:
            return f"{name}: no longer computed (was {self.old.due.isoformat()})"
        if self.old is None or self.new is None:  # pragma: no cover - kinds above are exhaustive
            return name
        if self.kind is ChangeKind.CONFIDENCE:
            return f"{name}: confidence {self.old.confidence} -> {self.new.confidence}"
        text = f"{name}: {self.old.due.isoformat()} -> {self.new.due.isoformat()}"
        if self.old.rule_id != self.new.rule_id:
            text += f" (rule {self.old.rule_id} -> {self.new.rule_id})"
        if self.old.outer_limit != self.new.outer_limit:
            text += f"; outer limit {self.old.outer_limit} -> {self.new.outer_limit}"
        return text


def compute_chain(
    pack: RuleSource,
    rule_id: str,
    trigger: date | datetime,
    *,
    variants: Mapping[str, str] | None = None,
    suspensions: Mapping[str, Sequence[Suspension]] | None = None,
    key_dates: Mapping[str, date] | None = None,
    zone: str | None = None,
) -> Chain:
    """Compute `rule_id` and, from each computed date, its children, depth first.

    `variants` and `suspensions` are keyed by rule id; `key_dates` and `zone` apply to every
    rule in the chain (they describe the same case and authority).
    """
    by_id = {r.id: r for r in pack.rules}
    variants = variants or {}
    suspensions = suspensions or {}
    nodes: list[ChainNode] = []

    def visit(current_id: str, start: date | datetime, path: tuple[str, ...], note: str) -> None:
        rule = by_id.get(current_id)
        if rule is None:
            raise DeadlineComputationError(current_id, "rule", "not in the rule pack")
        if len(path) > MAX_CHAIN_DEPTH:
            raise DeadlineComputationError(current_id, "children", "chain too deep (a cycle?)")
        result = compute(
            rule,
            start,
            variants.get(current_id),
            suspensions.get(current_id, ()),
            pack=pack,
            key_dates=key_dates,
            zone=zone,
        )
        if note:
            result = dataclasses.replace(result, trace=(note, *result.trace))
        nodes.append(ChainNode(path, result))
        applied = by_id[result.rule_id]
        for child_id in applied.children:
            child = by_id.get(child_id)
            child_start: date | datetime = result.due
            if child is not None and child.trigger_kind is TriggerKind.MOMENT:
                child_start = result.expires_at
            visit(
                child_id,
                child_start,
                (*path, child_id),
                f"Chained: triggered by {result.rule_id}, due {result.due.isoformat()}.",
            )

    visit(rule_id, trigger, (rule_id,), "")
    return Chain(tuple(nodes))


def recompute_chain(old: Chain, new: Chain) -> tuple[DateChange, ...]:
    """Which dates moved between two computations of a chain (nodes matched by path);
    a node whose dates stayed but whose confidence changed is reported too."""
    changes: list[DateChange] = []
    for node in new.nodes:
        before = old.find(node.path)
        if before is None:
            changes.append(DateChange(node.path, ChangeKind.ADDED, None, node.computation))
        elif _moved(before.computation, node.computation):
            changes.append(
                DateChange(node.path, ChangeKind.MOVED, before.computation, node.computation)
            )
        elif before.computation.confidence != node.computation.confidence:
            changes.append(
                DateChange(node.path, ChangeKind.CONFIDENCE, before.computation, node.computation)
            )
    changes.extend(
        DateChange(node.path, ChangeKind.REMOVED, node.computation, None)
        for node in old.nodes
        if new.find(node.path) is None
    )
    return tuple(changes)


def _moved(a: Computation, b: Computation) -> bool:
    return (a.rule_id, a.due, a.expires_at, a.outer_limit, a.outer_expires_at) != (
        b.rule_id,
        b.due,
        b.expires_at,
        b.outer_limit,
        b.outer_expires_at,
    )
