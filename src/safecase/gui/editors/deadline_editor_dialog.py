"""Add or edit a deadline: what, when (in the authority's time zone), reminders, and which
case or person it belongs to. A deadline computed by a rule needs a reason to be moved."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QWidget

from safecase.domain.records import (
    Deadline,
    DeadlineOrigin,
    DeadlineStatus,
    Record,
    RecordKind,
)
from safecase.gui.editors.date_field import DateField
from safecase.gui.editors.enum_combo import EnumCombo
from safecase.gui.editors.record_editor_dialog import RecordEditorDialog, Track
from safecase.gui.editors.record_ref_field import RecordRefField
from safecase.gui.editors.time_zone_combo import TimeZoneCombo, system_zone
from safecase.gui.models.records_gateway import RecordsGateway

_SHORT = re.compile(r"^(\d+)\s*([wdhm])$", re.IGNORECASE)
DEFAULT_REMINDERS = "7d, 1d"


def parse_reminders(text: str) -> list[str]:
    """ "7d, 1d, 12h, 2w" or ISO durations ("P7D") → ISO 8601 durations. Anything else is
    passed on as typed, so validation can point at the line."""
    result = []
    for token in re.split(r"[,;\s]+", text.strip()):
        if not token:
            continue
        match = _SHORT.match(token)
        if match is None:
            result.append(token.upper())
            continue
        number, unit = match.group(1), match.group(2).lower()
        result.append(
            {"w": f"P{number}W", "d": f"P{number}D", "h": f"PT{number}H", "m": f"PT{number}M"}[unit]
        )
    return result


def describe_reminders(durations: list[str]) -> str:
    """The short form of ISO durations, for editing: P7D → 7d."""
    out = []
    for duration in durations:
        match = re.fullmatch(r"P(\d+)([WD])|PT(\d+)([HM])", duration)
        if match is None:
            out.append(duration)
        elif match.group(1):
            out.append(match.group(1) + match.group(2).lower())
        else:
            out.append(match.group(3) + match.group(4).lower())
    return ", ".join(out)


class DeadlineEditorDialog(RecordEditorDialog):
    def __init__(
        self,
        gateway: RecordsGateway,
        track: Track,
        deadline: Deadline | None = None,
        parent: QWidget | None = None,
        *,
        case_id: str | None = None,
        person_id: str | None = None,
    ) -> None:
        heading = self.tr("Edit deadline") if deadline else self.tr("New deadline")
        super().__init__(gateway, track, heading, editing=deadline is not None, parent=parent)
        self._original = deadline
        self.title = QLineEdit(self)
        self.add_field("title", self.tr("&What is due"), self.title)
        self.due = DateField(self.tr("Due date"), self)
        self.add_field("due", self.tr("&Due"), self.due)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("HH:MM, or empty for the end of the day"))
        self.time.setMaxLength(5)
        self.add_field("time", self.tr("T&ime"), self.time)
        self.tz = TimeZoneCombo(self.tr("Time zone of the authority"), self)
        self.add_field("tz", self.tr("Time &zone"), self.tz)
        self.status = EnumCombo(DeadlineStatus, self.tr("Status"), self)
        self.add_field("status", self.tr("&Status"), self.status)
        self.reminders = QLineEdit(self)
        self.reminders.setText(DEFAULT_REMINDERS)
        self.add_field(
            "reminders",
            self.tr("&Remind me"),
            self.reminders,
            hint=self.tr("Before the due date: 2w = two weeks, 7d = seven days, 12h = 12 hours"),
        )
        self.case = RecordRefField(gateway, track, [RecordKind.CASE], self.tr("Case"), self)
        self.add_field("case_id", self.tr("&Case"), self.case)
        self.person = RecordRefField(gateway, track, [RecordKind.PERSON], self.tr("Person"), self)
        self.add_field("person_id", self.tr("&Person"), self.person)
        self.override_reason = QLineEdit(self)
        self.add_field("override_reason", self.tr("Why the date &changed"), self.override_reason)
        computed = deadline is not None and deadline.origin is DeadlineOrigin.COMPUTED
        self.override_reason.setEnabled(computed)
        if deadline is not None:
            self._fill(deadline)
        else:
            self.tz.set_value(system_zone())
            self.case.set_value(case_id)
            self.person.set_value(person_id)
        self.title.setFocus()

    def _fill(self, deadline: Deadline) -> None:
        self.title.setText(deadline.title)
        self.due.set_value(deadline.due)
        self.time.setText(deadline.time or "")
        self.tz.set_value(deadline.tz)
        self.status.set_value(deadline.status)
        self.reminders.setText(describe_reminders(deadline.reminders))
        self.case.set_value(deadline.case_id)
        self.person.set_value(deadline.person_id)
        self.override_reason.setText(deadline.override_reason or "")

    def build_record(self) -> Record:
        original = self._original
        deadline = Deadline(
            title=self.title.text().strip(),
            due=self.due.value() or "",
            tz=self.tz.value(),
            time=self.time.text().strip() or None,
            status=DeadlineStatus(self.status.value() or DeadlineStatus.OPEN),
            reminders=parse_reminders(self.reminders.text()),
            case_id=self.case.value(),
            person_id=self.person.value(),
        )
        if original is not None:
            # Keep what the rule engine recorded; only the fields above are edited here.
            deadline.id = original.id
            deadline.origin = original.origin
            deadline.rule_id = original.rule_id
            deadline.trigger_event_id = original.trigger_event_id
            deadline.trigger = original.trigger
            deadline.trace = list(original.trace)
            deadline.outer_limit = original.outer_limit
            deadline.confidence = original.confidence
            deadline.computed_due = original.computed_due
            moved = deadline.due != original.due
            if (
                original.origin is DeadlineOrigin.COMPUTED
                and original.computed_due is None
                and moved
            ):
                deadline.computed_due = original.due
            deadline.override_reason = self.override_reason.text().strip() or None
        return deadline
