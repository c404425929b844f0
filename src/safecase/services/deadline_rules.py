"""Deadlines computed from rules, as the GUI and CLI ask for them: the active rules, previews,
saving computed deadlines and their chains, hand overrides, recomputation, and organisation
rule packs with reviewed updates. The work is done beside it: `rule_triggers` (stored inputs),
`rule_fit` (rules for a case), `rule_pack_store` (packs and the active rules),
`computed_deadline_writer` (records), `deadline_recompute` (what would move), and
`deadline_changes` (how a move is reported).

Rules carried here:
- a deadline is stored only as the engine computes it from its stored inputs: saving a preview
  computes it again and refuses when the result differs (a stale preview is never saved);
- an `unverified` rule or variant is never saved without the caseworker's confirmation;
- a pack update applies only the rule changes the caseworker accepted (a declined one keeps
  the rule as it was), all or nothing: if saving fails the active rules stay as they were;
- nothing moves silently: recomputations and pack updates report every date that moved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from enum import Enum

from safecase.domain import records as r
from safecase.domain.clock import Clock
from safecase.domain.deadlines import (
    Chain,
    Computation,
    PackDiff,
    Rule,
    RulePack,
    Suspension,
    compute,
    diff_packs,
    load_core_pack,
    loads_pack,
)
from safecase.domain.errors import ValidationError
from safecase.services.computed_deadline_writer import ComputedDeadlineWriter
from safecase.services.deadline_changes import Recomputed, RecomputeReport
from safecase.services.deadline_recompute import evaluate
from safecase.services.records import RecordsService
from safecase.services.rule_fit import rule_fits_case
from safecase.services.rule_pack_store import (
    PackImport,
    PackOverlay,
    Pin,
    RulePackStore,
    StoredPackInfo,
    check_lineages,
    check_references,
)
from safecase.services.rule_triggers import (
    RuleInputs,
    StoredTrigger,
    chain_from,
    compute_from,
    make_trigger,
)
from safecase.storage.connection import Connection
from safecase.storage.transaction import transaction


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP
"""For `recompute`: keep what was stored."""


class UnverifiedNotConfirmed(ValidationError):
    """A rule (or variant) of confidence `unverified` needs the caseworker's confirmation."""

    def __init__(self, rule_id: str) -> None:
        super().__init__(
            "confirmed_unverified", f"rule {rule_id} is unverified: the caseworker must confirm"
        )
        self.rule_id = rule_id


class StalePreview(ValidationError):
    """The rules or inputs changed since the preview was computed: compute it again."""

    def __init__(self) -> None:
        super().__init__("computation", "the rules changed since this preview; compute it again")


# -------------------------------------------------------------------------------- service
class RuleService:
    def __init__(
        self,
        conn: Connection,
        records: RecordsService,
        clock: Clock,
        *,
        core: RulePack | None = None,
    ) -> None:
        self._conn = conn
        self._records = records
        self._clock = clock
        self._writer = ComputedDeadlineWriter(records, clock)
        self._packs = RulePackStore(conn, core or load_core_pack())
        self._pending: list[PackImport] = []
        self.active = self._packs.active()
        self._warm_calendars()

    def _warm_calendars(self) -> None:
        """Load each calendar's holiday data once now (the holidays package takes ~0.1 s on
        first use), so the first preview in a dialog does not stall."""
        today = self._clock.now().date()
        for calendar in {rule.calendar for rule in self.active.rules if rule.calendar}:
            calendar.is_working_day(today)

    # --- the active rules ------------------------------------------------------------------
    @property
    def core(self) -> RulePack:
        return self._packs.core

    def rule(self, rule_id: str) -> Rule:
        return self.active.get(rule_id)

    def rules(self, *, jurisdiction: str | None = None, kind: str | None = None) -> list[Rule]:
        where = jurisdiction or ""
        return [rule for rule in self.active.rules if rule_fits_case(rule, where, kind)]

    def rules_for_case(self, case_id: str) -> list[Rule]:
        case = self._records.get_typed(case_id, r.Case)
        return self.rules(jurisdiction=case.jurisdiction, kind=case.kind.value)

    def stored_packs(self) -> list[StoredPackInfo]:
        return self._packs.infos()

    @property
    def problems(self) -> list[str]:
        """Stored packs that no longer validate (names only)."""
        return self._packs.problems

    # --- previews ----------------------------------------------------------------------------
    def preview(
        self,
        rule_id: str,
        trigger: date | datetime,
        variant: str | None = None,
        *,
        trigger_time: time | None = None,
        trigger_zone: str | None = None,
        key_dates: Mapping[str, date] | None = None,
        zone: str | None = None,
        suspensions: Sequence[Suspension] = (),
    ) -> Computation:
        """Compute without writing anything. A date with `trigger_time` becomes the moment at
        that wall time in `trigger_zone` (converted to the authority's zone by the engine)."""
        moment = self._moment(trigger, trigger_time, trigger_zone)
        return compute(
            self.rule(rule_id), moment, variant, suspensions,
            pack=self.active, key_dates=key_dates, zone=zone,
        )  # fmt: skip

    def preview_chain(
        self,
        rule_id: str,
        trigger: date | datetime,
        variant: str | None = None,
        *,
        trigger_time: time | None = None,
        trigger_zone: str | None = None,
        key_dates: Mapping[str, date] | None = None,
        zone: str | None = None,
        suspensions: Sequence[Suspension] = (),
    ) -> Chain:
        """The rule and every date that follows from it (children), as they would be saved."""
        inputs = RuleInputs(
            rule_id,
            self._moment(trigger, trigger_time, trigger_zone),
            {rule_id: variant} if variant else {},
            dict(key_dates or {}),
            zone,
            tuple(suspensions),
        )
        return chain_from(inputs, self.active)

    @staticmethod
    def _moment(trigger: date | datetime, at: time | None, zone: str | None) -> date | datetime:
        if at is None or isinstance(trigger, datetime):
            return trigger
        return make_trigger(trigger, at, zone)

    # --- creating ----------------------------------------------------------------------------
    def create_deadline(
        self,
        case_id: str | None,
        person_id: str | None,
        computation: Computation,
        trigger_event_id: str | None = None,
        confirmed_unverified: bool = False,
        *,
        key_dates: Mapping[str, date] | None = None,
        suspensions: Sequence[Suspension] = (),
        title: str | None = None,
        include_children: bool = True,
    ) -> r.Deadline:
        """Save a previewed computation (and, by default, the deadlines that follow from it).

        The computation is made again from its inputs; a different result raises StalePreview.
        Unverified rules raise UnverifiedNotConfirmed unless `confirmed_unverified`.
        """
        requested = self.rule(computation.requested_rule_id)
        inputs = RuleInputs(
            requested.id,
            computation.trigger,
            {requested.id: computation.variant} if computation.variant else {},
            dict(key_dates or {}),
            computation.zone if computation.zone != requested.zone else None,
            tuple(suspensions),
        )
        if include_children:
            nodes = [(n.path, n.computation) for n in chain_from(inputs, self.active).nodes]
        else:
            nodes = [((requested.id,), compute_from(inputs, self.active))]
        if _key(nodes[0][1]) != _key(computation):
            raise StalePreview
        for _, node in nodes:
            if node.needs_confirmation and not confirmed_unverified:
                raise UnverifiedNotConfirmed(node.rule_id)
        created = self._writer.new_chain(self.active, inputs, nodes, confirmed=confirmed_unverified)
        for deadline in created:
            deadline.case_id = r.RecordId(case_id) if case_id else None
            deadline.person_id = r.RecordId(person_id) if person_id else None
        root = created[0]
        root.trigger_event_id = r.RecordId(trigger_event_id) if trigger_event_id else None
        root.title = title.strip() if title and title.strip() else root.title
        with transaction(self._conn):
            for deadline in created:
                self._records.create(deadline)
        return created[0]

    # --- overriding --------------------------------------------------------------------------
    def override(self, deadline_id: str, new_due: date, reason: str) -> r.Deadline:
        """Set a computed deadline's due date by hand, with a reason; history keeps the old.
        Setting it back to the computed date removes the override."""
        d = self._records.get_typed(deadline_id, r.Deadline)
        if d.origin is not r.DeadlineOrigin.COMPUTED or not d.computed_due:
            raise ValidationError("origin", "only a computed deadline can be overridden")
        old_due = d.due
        d.due = new_due.isoformat()
        back = d.due == d.computed_due
        if not back and not reason.strip():
            raise ValidationError("override_reason", "changing a computed date needs a reason")
        d.override_reason = None if back else reason.strip()
        d.trace = [line for line in d.trace if not line.startswith(_OVERRIDE_NOTE)]
        if not back:
            d.trace.append(
                f"{_OVERRIDE_NOTE} {old_due} -> {d.due} on {self._clock.now():%Y-%m-%d} (UTC); "
                f"the rule gives {d.computed_due}. See the override reason."
            )
        self._records.update(d)
        return d

    # --- recomputing -------------------------------------------------------------------------
    def recompute(
        self,
        deadline_id: str,
        new_trigger: date | datetime | None = None,
        *,
        variant: str | _Keep | None = KEEP,
        key_dates: Mapping[str, date] | _Keep = KEEP,
        zone: str | _Keep | None = KEEP,
        suspensions: Sequence[Suspension] | _Keep = KEEP,
        confirmed_unverified: bool = False,
    ) -> Recomputed:
        """Compute a deadline (and the deadlines that follow from it) again, with a new
        trigger or other inputs; returns the saved deadline and every date that moved.

        A deadline that followed from another one and gets its own trigger (an express
        acceptance instead of the tacit one) leaves that chain and stands on its own.
        """
        d = self._records.get_typed(deadline_id, r.Deadline)
        if d.origin is not r.DeadlineOrigin.COMPUTED:
            raise ValidationError("origin", "only a computed deadline can be recomputed")
        stored = StoredTrigger.loads(d.trigger, deadline_id)
        old = stored.inputs
        variants = dict(old.variants)
        if not isinstance(variant, _Keep):
            variants.pop(old.rule_id, None)
            variants.update({old.rule_id: variant} if variant else {})
        inputs = RuleInputs(
            old.rule_id,
            old.trigger if new_trigger is None else new_trigger,
            variants,
            old.key_dates if isinstance(key_dates, _Keep) else dict(key_dates),
            old.zone if isinstance(zone, _Keep) else zone,
            old.suspensions if isinstance(suspensions, _Keep) else tuple(suspensions),
        )
        detach = stored.chain_root is not None and new_trigger is not None
        if stored.chain_root is not None and not detach:
            nodes = [(stored.path, compute_from(inputs, self.active))]
        else:
            nodes = [(n.path, n.computation) for n in chain_from(inputs, self.active).nodes]
            nodes = nodes if stored.children else nodes[:1]
        for _, node in nodes:
            if node.needs_confirmation and not confirmed_unverified:
                raise UnverifiedNotConfirmed(node.rule_id)
        root = nodes[0][1]
        with transaction(self._conn):
            if detach and stored.chain_root:
                self._writer.forget_child(stored.chain_root, deadline_id)
                stored = StoredTrigger(inputs)
            children, changes = self._writer.save_children(
                self.active, d, stored, inputs, nodes[1:], confirmed=confirmed_unverified
            )
            root_stored = dataclasses.replace(
                stored, inputs=inputs, pack_id=root.pack_id, pack_version=root.pack_version,
                children=children,
            )  # fmt: skip
            if change := self._writer.update(
                self.active, d, root, root_stored, confirmed=confirmed_unverified
            ):
                changes.insert(0, change)
        return Recomputed(self._records.get_typed(deadline_id, r.Deadline), tuple(changes))

    def recompute_all(self, *, rules: RulePack | None = None) -> RecomputeReport:
        """Compute every open computed deadline again with `rules` (default: the active
        rules) and report what would move. Writes nothing."""
        report, _ = evaluate(self._conn, rules or self.active)
        return report

    # --- organisation rule packs -------------------------------------------------------------
    def import_pack(self, untrusted_text: str, file: str = "<import>") -> PackImport:
        """Validate a pack and show what it would change. Writes nothing (apply does).

        Raises RulePackError naming the file, line and field; nothing changes then.
        """
        pack = loads_pack(untrusted_text, file)
        self._packs.check_new(pack, untrusted_text, file)
        overlay = self._packs.overlay(pack)
        check_lineages(overlay.rules, pack, untrusted_text, file)
        previous = overlay.previous
        diff = diff_packs(
            _versioned(self.active, previous.version if previous else "none"),
            _versioned(overlay.rules, pack.version),
        )
        report, _ = evaluate(self._conn, overlay.rules)
        pending = PackImport(pack, untrusted_text, diff, report.changes)
        self._pending = [p for p in self._pending if p.pack.id != pack.id] + [pending]
        return pending

    def preview_pack_update(
        self, diff: PackDiff | PackImport, accepted_rule_ids: Iterable[str]
    ) -> RecomputeReport:
        """What `apply_pack_update` with these accepted changes would move, as it would
        report it (a change it would not save carries why). Writes nothing.

        Only this tells what a choice moves: a deadline can follow from an accepted rule
        without being computed by it (the next deadline of a chain)."""
        _, accepted, _, overlay = self._decide(diff, accepted_rule_ids)
        report, moved = evaluate(self._conn, overlay.rules)
        return report.with_errors(self._writer.unaccepted(moved, accepted))

    def apply_pack_update(
        self, diff: PackDiff | PackImport, accepted_rule_ids: Iterable[str]
    ) -> RecomputeReport:
        """Store the pack; accepted rule changes take effect and the open deadlines they move
        are saved again (history kept). Declined changes keep each rule as it was.

        The report lists every deadline that moved; a change that did not come from an
        accepted rule (newer holiday data, say) is reported with an error and not saved.
        """
        pending, accepted, decisions, overlay = self._decide(diff, accepted_rule_ids)
        before, after = self.active, overlay.rules
        now = self._clock.now().astimezone(UTC).isoformat(timespec="seconds")
        try:
            with transaction(self._conn):
                self._packs.save(overlay, pending.untrusted_text, decisions, now)
                self.active = after
                report, moved = evaluate(self._conn, after)
                refused = self._writer.save_accepted(after, moved, accepted)
        except BaseException:
            self.active = before
            raise
        self._pending = [p for p in self._pending if p is not pending]
        return report.with_errors(refused)

    def _decide(
        self, diff: PackDiff | PackImport, accepted_rule_ids: Iterable[str]
    ) -> tuple[PackImport, set[str], dict[str, Pin], PackOverlay]:
        """The pending import, the accepted rule ids, the pins that keep each declined rule
        as it was, and the active rules they give; ValidationError if they do not hold."""
        pending = next((p for p in self._pending if p is diff or p.diff is diff), None)
        if pending is None:
            raise ValidationError("diff", "no imported pack with these changes: import it again")
        accepted = set(accepted_rule_ids)
        if unknown := accepted - set(pending.rule_ids):
            raise ValidationError("accepted", f"not changed by this pack: {sorted(unknown)}")
        decisions: dict[str, Pin] = {}
        for rule_id in set(pending.rule_ids) - accepted:
            old = self.active.find(rule_id)
            origin = old.origin if old is not None else None
            decisions[rule_id] = (origin.id, origin.version) if origin else (None, None)
        overlay = self._packs.overlay(pending.pack, decisions)
        check_references(overlay.rules, accepted)
        return pending, accepted, decisions, overlay


_OVERRIDE_NOTE = "Due date changed by hand:"


def _key(c: Computation) -> tuple[object, ...]:
    return (c.rule_id, c.due, c.expires_at, c.outer_limit, c.confidence, c.variant)


def _versioned(pack: RulePack, version: str) -> RulePack:
    return RulePack(pack.id, version, pack.title, pack.description, pack.rules)
