"""Computing every open computed deadline again with a rule set, and reporting what would
move. Writes nothing: saving is the caller's choice.

Rules carried here:
- it reads the compact `deadline_digest` (never the large deadline rows), holding the
  connection's lock while the cursor is open; titles are read only for the deadlines that moved;
- identical stored inputs are computed once; a chain's first deadline is computed with what
  follows from it, and the deadlines that follow take their dates from it;
- a deadline that cannot be computed again is reported with why, never passed over.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from safecase.domain.deadlines import (
    ChangeKind,
    Computation,
    DeadlineComputationError,
    Rule,
    RulePack,
)
from safecase.domain.deadlines.validity import lineage
from safecase.services.computed_deadline_writer import expiry_time_text
from safecase.services.deadline_changes import DeadlineChange, RecomputeReport, stored_day
from safecase.services.rule_triggers import (
    CHILD_PREFIX,
    ROOT_PREFIX,
    RuleInputs,
    StoredTrigger,
    chain_from,
    compute_from,
    path_key,
    without_children,
)
from safecase.storage.connection import Connection

Moved = dict[str, tuple[Computation, StoredTrigger | None]]
"""Deadline id -> its new computation, and its stored trigger when already parsed."""


def evaluate(conn: Connection, rules: RulePack) -> tuple[RecomputeReport, Moved]:
    """Compute every open computed deadline with `rules` and compare with what was saved."""
    recompute = _Recompute(rules)
    recompute.run(_rows(conn))
    report = RecomputeReport(recompute.checked, recompute.runs, _titled(conn, recompute.changes))
    return report, recompute.moved


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    trigger: str
    due: str
    time: str | None
    tz: str
    outer_limit: str | None
    confidence: str | None
    rule_id: str | None
    computed_due: str | None


_Result = Computation | DeadlineComputationError
_Memo = tuple[Computation, tuple[object, ...]] | DeadlineComputationError
_OPEN_COMPUTED = (  # a plain scan (+status): cheaper than the index when most are open
    'SELECT deadline_id, "trigger", due, time, tz, outer_limit, confidence, rule_id, '
    "computed_due FROM deadline_digest "
    "WHERE origin = 'computed' AND +status = 'open' AND live = 1"
)


class _Recompute:
    """One pass over the open computed deadlines with a rule set.

    Identical stored inputs are computed once (the engine is a pure function of them and the
    rules), and each rule is handed only its own lineage (all a validity window looks at),
    which spares the engine indexing the whole pack on every call. A chain's first deadline
    is computed with what follows from it; the deadlines that follow take their dates from it.
    """

    def __init__(self, rules: RulePack) -> None:
        self.rules = rules
        self.memo: dict[str, _Memo] = {}
        self.chains: dict[str, dict[str, Computation] | DeadlineComputationError] = {}
        self.chain_memo: dict[str, dict[str, Computation] | DeadlineComputationError] = {}
        self.parsed: dict[str, StoredTrigger] = {}
        self.lineages: dict[str, _Lineage] = {}
        self.changes: list[DeadlineChange] = []
        self.moved: Moved = {}
        self.runs = 0
        self.checked = 0

    def run(self, rows: Iterable[_Row]) -> None:
        deferred: list[_Row] = []  # deadlines that follow, read before their first one
        for row in rows:
            self.checked += 1
            if row.trigger.startswith(ROOT_PREFIX):
                self.chain(row)
            elif row.trigger.startswith(CHILD_PREFIX) and not self.child_ready(row):
                deferred.append(row)
                continue
            self.compare(row)
        for row in deferred:
            self.compare(row)

    def chain(self, row: _Row) -> None:
        # Chains with the same inputs (the children's ids aside) are computed once.
        inputs_key = without_children(row.trigger)
        known = self.chain_memo.get(inputs_key)
        if known is None:
            try:
                stored = self.parsed[row.id] = StoredTrigger.loads(row.trigger, row.id)
                chain = chain_from(stored.inputs, self.rules)
                known = {path_key(n.path): n.computation for n in chain.nodes}
                self.runs += len(chain.nodes)
            except DeadlineComputationError as exc:
                known = exc
                self.runs += 1
            self.chain_memo[inputs_key] = known
        else:
            self.parsed[row.id] = StoredTrigger.loads(row.trigger, row.id)
        self.chains[row.id] = known
        if isinstance(known, DeadlineComputationError):
            self.memo[row.trigger] = known
        else:
            root = next(iter(known.values()))
            self.memo[row.trigger] = (root, _signature(root))

    def child_ready(self, row: _Row) -> bool:
        try:
            stored = self.parsed[row.id] = StoredTrigger.loads(row.trigger, row.id)
        except DeadlineComputationError:
            return True  # reported when compared
        return (stored.chain_root or "") in self.chains

    def child(self, row: _Row) -> _Result | None:
        try:
            stored = self.parsed[row.id] = StoredTrigger.loads(row.trigger, row.id)
        except DeadlineComputationError as exc:
            return exc
        chain = self.chains.get(stored.chain_root or "")
        if chain is None:  # its first deadline is done or gone: it stands on its own date
            return None
        if isinstance(chain, DeadlineComputationError):
            return chain
        node = chain.get(path_key(stored.path))
        if node is None:
            return DeadlineComputationError(
                row.rule_id or "deadline", "children", "no longer follows from its first deadline"
            )
        return node

    def computed(self, row: _Row) -> _Memo:
        found: _Memo | None
        if row.trigger.startswith(CHILD_PREFIX):
            child = self.child(row)
            found = (child, _signature(child)) if isinstance(child, Computation) else child
        else:
            found = self.memo.get(row.trigger)
        if found is not None:
            return found
        try:
            stored = StoredTrigger.loads(row.trigger, row.id)
            source = self.lineages.get(stored.inputs.rule_id)
            if source is None:
                source = _lineage(self.rules, stored.inputs)
                self.lineages[stored.inputs.rule_id] = source
            c = compute_from(stored.inputs, self.rules, source)
            found = (c, _signature(c))
        except DeadlineComputationError as exc:
            found = exc
        self.runs += 1
        self.memo[row.trigger] = found
        return found

    def compare(self, row: _Row) -> None:
        found = self.computed(row)
        if isinstance(found, DeadlineComputationError):
            self.changes.append(_failed(row, found))
            return
        c, signature = found
        saved = (row.computed_due or row.due, row.time, row.tz, row.outer_limit, row.rule_id)
        if saved != signature[:5] or row.confidence != signature[5]:
            self.changes.append(_compare(row, c))
            self.moved[row.id] = (c, self.parsed.get(row.id))


def _rows(conn: Connection) -> Iterator[_Row]:
    """Open computed deadlines, from the compact digest (never the large deadline rows).
    Holds the connection's lock while the cursor is open: no other thread's transaction
    can start or end under it."""
    with conn.lock:
        cursor = conn.execute(_OPEN_COMPUTED)
        while batch := cursor.fetchmany(2000):
            yield from (_Row(*row) for row in batch)


def _titled(conn: Connection, changes: list[DeadlineChange]) -> tuple[DeadlineChange, ...]:
    """Titles for the (few) changes: read only now, off the large deadlines rows."""
    titles: dict[str, str] = {}
    ids = [c.deadline_id for c in changes]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        titles.update(
            conn.execute(
                f"SELECT id, title FROM deadlines WHERE id IN ({marks})",  # noqa: S608 - marks only
                chunk,
            ).fetchall()
        )
    return tuple(dataclasses.replace(c, title=titles.get(c.deadline_id, "")) for c in changes)


@dataclass(frozen=True, slots=True)
class _Lineage:
    """A RuleSource holding one rule's lineage (successor links), in pack order."""

    rules: tuple[Rule, ...]


def _lineage(rules: RulePack, inputs: RuleInputs) -> _Lineage:
    members = {r_.id for r_ in lineage(rules.get(inputs.rule_id), rules.rules)}
    return _Lineage(tuple(r_ for r_ in rules.rules if r_.id in members))


def _signature(c: Computation) -> tuple[object, ...]:
    """What a saved deadline keeps of its computation, as stored: to compare quickly."""
    outer = c.outer_limit.isoformat() if c.outer_limit else None
    return (c.due.isoformat(), expiry_time_text(c), c.zone, outer, c.rule_id, c.confidence.value)


def _compare(row: _Row, c: Computation) -> DeadlineChange:
    """How a saved deadline differs from its new computation (the caller saw that it does)."""
    signature = _signature(c)
    saved = (row.computed_due or row.due, row.time, row.tz, row.outer_limit, row.rule_id)
    kind = ChangeKind.MOVED if saved != signature[:5] else ChangeKind.CONFIDENCE
    return DeadlineChange(
        row.id, "", kind,
        stored_day(row.computed_due or row.due), c.due,
        stored_day(row.outer_limit), c.outer_limit,
        row.rule_id, c.rule_id,
        row.confidence, c.confidence.value,
        override_kept=bool(row.computed_due and row.due != row.computed_due),
    )  # fmt: skip


def _failed(row: _Row, exc: DeadlineComputationError) -> DeadlineChange:
    return DeadlineChange(
        row.id, "", ChangeKind.MOVED, stored_day(row.computed_due or row.due), None,
        old_rule_id=row.rule_id, old_confidence=row.confidence,
        error=f"{exc.field}: {exc.reason}",
    )  # fmt: skip
