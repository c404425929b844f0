"""Deadline rules, the engine that computes them, rule packs and reminder schedules.

Pure domain code: standard library, `holidays` and `zoneinfo` only. Front ends (CLI, GUI) and
services import from here; see each module's docstring for the rule it carries.
"""

from safecase.domain.deadlines.calendar import DayStatus, ExtraDay, Override, WorkingCalendar
from safecase.domain.deadlines.chains import (
    Chain,
    ChainNode,
    ChangeKind,
    DateChange,
    compute_chain,
    recompute_chain,
)
from safecase.domain.deadlines.counting import Suspension
from safecase.domain.deadlines.engine import Computation, compute
from safecase.domain.deadlines.errors import (
    ClockSuspended,
    DeadlineComputationError,
    RulePackError,
)
from safecase.domain.deadlines.offsets import Offset, Roll, Unit
from safecase.domain.deadlines.reminders import (
    DueResult,
    Firing,
    Reminder,
    ReminderKind,
    ReminderSchedule,
    build_schedule,
    due_reminders,
)
from safecase.domain.deadlines.rulepack import (
    PackDiff,
    RuleChange,
    RulePack,
    core_pack_path,
    diff_packs,
    load_core_pack,
    load_pack,
    loads_pack,
)
from safecase.domain.deadlines.rules import (
    Act,
    CaseKind,
    Confidence,
    PackRef,
    Rule,
    SuspensionMode,
    TriggerKind,
    Variant,
    Window,
)

__all__ = [
    "Act",
    "CaseKind",
    "Chain",
    "ChainNode",
    "ChangeKind",
    "ClockSuspended",
    "Computation",
    "Confidence",
    "DateChange",
    "DayStatus",
    "DeadlineComputationError",
    "DueResult",
    "ExtraDay",
    "Firing",
    "Offset",
    "Override",
    "PackDiff",
    "PackRef",
    "Reminder",
    "ReminderKind",
    "ReminderSchedule",
    "Roll",
    "Rule",
    "RuleChange",
    "RulePack",
    "RulePackError",
    "Suspension",
    "SuspensionMode",
    "TriggerKind",
    "Unit",
    "Variant",
    "Window",
    "WorkingCalendar",
    "build_schedule",
    "compute",
    "compute_chain",
    "core_pack_path",
    "diff_packs",
    "due_reminders",
    "load_core_pack",
    "load_pack",
    "loads_pack",
    "recompute_chain",
]
