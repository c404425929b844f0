"""The rule model: what a deadline rule says, where it comes from and how sure we are of it.

A rule is data, loaded from a rule pack and never edited in code. Every rule carries its source,
a confidence level and the date it was last checked; an `unverified` rule needs the caseworker's
confirmation and never yields an "all clear". The trigger text is the question the caseworker
must answer ("date the decision was served, as on the delivery receipt"), because choosing the
wrong trigger is where deadline errors start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from safecase.domain.deadlines.calendar import WorkingCalendar
from safecase.domain.deadlines.offsets import Offset, Roll

__all__ = [
    "Act",
    "CaseKind",
    "Confidence",
    "Offset",
    "PackRef",
    "Roll",
    "Rule",
    "SuspensionMode",
    "TriggerKind",
    "Variant",
    "Window",
]

END_OF_DAY = time(23, 59, 59)
DEFAULT_REMINDER_DAYS = (14, 7, 3, 1)
TRIGGER_KEY = "trigger"  # a window keyed on the trigger date itself


class TriggerKind(StrEnum):
    DATE = "date"  # a civil date in the authority's zone
    MOMENT = "moment"  # an instant; the rule measures elapsed time


class Act(StrEnum):
    DISPATCH = "dispatch"  # posting or sending by the deadline is enough
    RECEIPT = "receipt"  # it must have arrived by the deadline


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    UNVERIFIED = "unverified"

    @property
    def rank(self) -> int:
        return {"unverified": 0, "medium": 1, "high": 2}[self.value]

    def at_most(self, other: Confidence) -> Confidence:
        """The weaker of the two."""
        return self if self.rank <= other.rank else other


class SuspensionMode(StrEnum):
    EXTEND = "extend"  # a pause adds its length to the period
    RESTART = "restart"  # the full period runs again from the resumption (Dublin III Art. 29)


class CaseKind(StrEnum):
    ASYLUM_APPLICATION = "asylum_application"
    ASYLUM_APPEAL = "asylum_appeal"
    EXTRADITION_REQUEST = "extradition_request"
    EXTRADITION_DETENTION = "extradition_detention"
    CRIMINAL_CHARGE_ABROAD = "criminal_charge_abroad"
    ECTHR_APPLICATION = "ecthr_application"
    UN_COMMUNICATION = "un_communication"
    DUBLIN_PROCEDURE = "dublin_procedure"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PackRef:
    """Which pack (and version) a rule was loaded from, for the trace."""

    id: str
    version: str


@dataclass(frozen=True, slots=True)
class Window:
    """The period a rule is valid for, judged on a named key date (inclusive at both ends).

    `key` is `trigger` or the name of another date the caseworker gives (e.g. `registration`);
    `label` is how to ask for it. `precedes_trigger` says the key date can never be after the
    trigger (an application is registered before any Dublin request about it), which lets the
    engine decide some cases without asking.
    """

    key: str
    label: str
    valid_from: date | None = None
    valid_until: date | None = None
    precedes_trigger: bool = False

    def contains(self, day: date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_until is not None and day > self.valid_until)

    def describe(self) -> str:
        """E.g. "date the application was registered is on or before 2026-06-30"."""
        start, end = self.valid_from, self.valid_until
        if start is not None and end is not None:
            return f"{self.label} is from {start.isoformat()} to {end.isoformat()}"
        if start is not None:
            return f"{self.label} is on or after {start.isoformat()}"
        return f"{self.label} is on or before {end.isoformat() if end else '(open)'}"


@dataclass(frozen=True, slots=True)
class Variant:
    """An alternative period under named circumstances (imprisonment, absconding, Eurodac)."""

    id: str
    title: str
    offset: Offset
    confidence: Confidence | None = None  # None: the rule's own
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    trigger: str  # the question to ask, naming the document that proves the date
    trigger_kind: TriggerKind
    zone: str  # IANA zone of the authority
    offset: Offset
    roll: Roll
    act: Act
    source: str
    confidence: Confidence
    checked: date
    jurisdictions: tuple[str, ...]
    case_kinds: tuple[CaseKind, ...]
    calendar: WorkingCalendar | None = None
    expiry_time: time = END_OF_DAY
    window: Window | None = None
    successor: str | None = None
    variants: tuple[Variant, ...] = ()
    children: tuple[str, ...] = ()
    ambiguity: Offset | None = None  # latest possible offset; `offset` is the earliest
    suspension: SuspensionMode = SuspensionMode.EXTEND
    reminder_days: tuple[int, ...] = DEFAULT_REMINDER_DAYS
    notes: str = ""
    origin: PackRef | None = field(default=None, compare=False)

    def variant(self, variant_id: str) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)

    @property
    def needs_confirmation(self) -> bool:
        return self.confidence is Confidence.UNVERIFIED

    def applies_to(
        self, *, jurisdiction: str | None = None, case_kind: CaseKind | None = None
    ) -> bool:
        if jurisdiction is not None and jurisdiction.upper() not in (
            j.upper() for j in self.jurisdictions
        ):
            return False
        return case_kind is None or case_kind in self.case_kinds
