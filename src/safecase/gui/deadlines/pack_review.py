"""What the rule-pack import dialog shows, gathered off the GUI thread (no Qt here): the pack
file read as untrusted text, each rule change with whether it starts ticked, and each open
deadline that would move with the label of its case (or person).

Rules carried here:
- a change starts ticked only when it adds a rule, or changes one without lowering its
  confidence; a removal, or a change to a less certain rule, waits for the caseworker;
- the file is read with the size limit the pack loader applies, and a file that cannot be
  read is reported as a `RulePackError` naming the file only (never its folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from safecase.domain import records as r
from safecase.domain.deadlines import Rule, RulePackError
from safecase.domain.deadlines.rulepack import MAX_PACK_BYTES
from safecase.domain.errors import RecordNotFound
from safecase.services.deadline_changes import DeadlineChange, RecomputeReport
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from safecase.services.rule_pack_store import PackImport


class RuleChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class RuleChoice:
    """One rule the pack adds, removes or changes: a tick box in the dialog."""

    kind: RuleChangeKind
    rule: Rule  # as the pack has it (as it is now, for a removal)
    old: Rule | None  # as it is now, for a change
    fields: tuple[str, ...]  # what a change changes (Rule attribute names)
    ticked: bool  # how the box starts

    @property
    def rule_id(self) -> str:
        return self.rule.id


@dataclass(frozen=True, slots=True)
class MovingDeadline:
    change: DeadlineChange
    owner: str  # the label of its case, else of its person; "" for neither


@dataclass(frozen=True, slots=True)
class PackReview:
    proposal: PackImport
    choices: tuple[RuleChoice, ...]

    @classmethod
    def read(cls, rules: RuleService, path: Path) -> PackReview:
        """Validate the pack at `path` and list its changes; RulePackError if it is not
        valid (nothing is written either way)."""
        proposal = rules.import_pack(read_untrusted_pack(path), path.name)
        diff = proposal.diff
        choices = [
            RuleChoice(RuleChangeKind.ADDED, proposal.pack.get(rule_id), None, (), True)
            for rule_id in diff.added
        ]
        choices += [
            RuleChoice(RuleChangeKind.REMOVED, rules.rule(rule_id), None, (), False)
            for rule_id in diff.removed
        ]
        choices += [
            RuleChoice(
                RuleChangeKind.CHANGED,
                change.new,
                change.old,
                change.fields,
                change.new.confidence.rank >= change.old.confidence.rank,
            )
            for change in diff.changed
        ]
        return cls(proposal, tuple(choices))

    def ticked_ids(self) -> frozenset[str]:
        return frozenset(choice.rule_id for choice in self.choices if choice.ticked)


def read_untrusted_pack(path: Path) -> str:
    """The file's text, refused (as the pack loader refuses) when too large or not UTF-8."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PACK_BYTES + 1)
    except OSError:
        raise RulePackError(path.name, 0, "(file)", "cannot be read") from None
    if len(data) > MAX_PACK_BYTES:
        raise RulePackError(path.name, 0, "(file)", f"larger than {MAX_PACK_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulePackError(path.name, 0, "(file)", f"not UTF-8 (byte {exc.start})") from None


def moving_deadlines(records: RecordsService, report: RecomputeReport) -> list[MovingDeadline]:
    """Each change of the report, with the label of the deadline's case or person."""
    return [
        MovingDeadline(change, _owner(records, change.deadline_id)) for change in report.changes
    ]


def _owner(records: RecordsService, deadline_id: str) -> str:
    try:
        deadline = records.get_typed(deadline_id, r.Deadline)
        owner = deadline.case_id or deadline.person_id
        return records.meta(owner).label if owner else ""
    except RecordNotFound:  # in the recycle bin, or gone since: the title says enough
        return ""
