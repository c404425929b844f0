"""The "Add deadline from a rule" dialog of a case: choose the rule, answer its trigger
question, see the date and why, then save.

Rules carried here:
- rules are filtered by the case's jurisdiction and kind (with "show all rules" for the rare
  exception); each is listed with its confidence, and unverified ones carry a badge;
- the trigger is asked in the rule's own words ("date the decision was served, as on the
  delivery receipt"); moment rules also ask the time and its zone; the registration date is
  asked only when the engine says which rule applies depends on it;
- the computed date, the outer limit, what follows from it and the full trace are shown
  before saving; Save stays disabled until there is a date, an unverified date is confirmed
  by an explicit check box, and a date set by hand has a reason;
- every text from the rules or the case is shown as plain text; Cancel is the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from safecase.domain import records as r
from safecase.domain.clock import Clock
from safecase.domain.deadlines import Chain, DeadlineComputationError, Rule, TriggerKind
from safecase.domain.errors import SafeCaseError, ValidationError
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.reminders.reminder_scheduler import StoreCall, call_directly
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.deadline_rules import RuleService
from safecase.services.rule_triggers import make_trigger

RULE_ID_ROLE = Qt.ItemDataRole.UserRole
ZONES = frozenset(available_timezones())
NOT_GIVEN = QDate(1900, 1, 1)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class AddFromRuleDialog(VaultDialog):
    deadline_saved = Signal(str)
    """The id of the deadline saved (the first one of its chain)."""

    def __init__(
        self,
        rules: RuleService,
        case: r.Case,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
        trigger_event_id: str | None = None,
        call: StoreCall = call_directly,
    ) -> None:
        super().__init__(
            self.tr("Add a deadline from a rule"),
            self.tr(
                "Choose the rule, then give the date exactly as the rule asks. SafeCase shows "
                "the date it computes and why, before anything is saved."
            ),
            parent,
        )
        self.setMinimumWidth(720)
        self._rules = rules
        self._call = call
        self._case = case
        self._clock = clock
        self._person_id = person_id
        self._trigger_event_id = trigger_event_id
        self._chain: Chain | None = None
        self._key_dates_asked: dict[str, str] = {}  # key -> label asked by the engine
        today = clock.now().date()
        self._build_rule_choice()
        self._build_trigger_form(today)
        self._build_result(today)
        self._build_buttons()
        self._fill_rules()

    def _build_rule_choice(self) -> None:
        self.show_all = QCheckBox(self.tr("Show rules of every jurisdiction and kind"), self)
        self.rule_list = QListWidget(self)
        self.rule_list.setAccessibleName(self.tr("Rules"))
        self.rule_list.setMinimumHeight(120)
        self.rule_info = PlainLabel(parent=self)
        self.unverified_badge = PlainLabel(
            self.tr(
                "UNVERIFIED: this rule has not been checked against the law. Check the date "
                "yourself before relying on it; it is never an all clear."
            ),
            self,
        )
        self.unverified_badge.setObjectName("unverifiedBadge")
        self.unverified_badge.setProperty("kind", "error")
        for widget in (self.show_all, self.rule_list, self.rule_info, self.unverified_badge):
            self.content.addWidget(widget)
        self.show_all.toggled.connect(self._fill_rules)
        self.rule_list.currentItemChanged.connect(self._on_rule_list_current_item_changed)

    def _build_trigger_form(self, today: date) -> None:
        self.trigger_question = PlainLabel(parent=self)
        self.trigger_question.setObjectName("triggerQuestion")
        self.trigger_date = date_edit(self, today)
        self.trigger_date.setAccessibleName(self.tr("Trigger date"))
        self.trigger_time = QTimeEdit(QTime(0, 0), self)
        self.trigger_time.setDisplayFormat("HH:mm")
        self.trigger_time.setAccessibleName(self.tr("Trigger time"))
        self.trigger_zone = QComboBox(self)
        self.trigger_zone.setEditable(True)
        self.trigger_zone.addItems(sorted(ZONES))
        self.trigger_zone.setAccessibleName(self.tr("Time zone of the trigger time"))
        self.variant = QComboBox(self)
        self.variant.setAccessibleName(self.tr("Variant"))
        self.key_date_label = PlainLabel(parent=self)
        # Never a default: a guessed registration date could choose the wrong regime.
        self.key_date = date_edit(self, today)
        self.key_date.setMinimumDate(NOT_GIVEN)
        self.key_date.setSpecialValueText(self.tr("(enter the date)"))
        self.key_date.setDate(NOT_GIVEN)
        self.key_date.setAccessibleName(self.tr("Key date"))

        form = QFormLayout()
        form.addRow(self.tr("Asked:"), self.trigger_question)
        form.addRow(self.tr("Date:"), self.trigger_date)
        form.addRow(self.tr("Time:"), self.trigger_time)
        form.addRow(self.tr("Time zone:"), self.trigger_zone)
        form.addRow(self.tr("Circumstances:"), self.variant)
        form.addRow(self.key_date_label, self.key_date)
        self._form = form
        self.content.addLayout(form)
        for signal in (self.trigger_date.dateChanged, self.trigger_time.timeChanged,
                       self.key_date.dateChanged):  # fmt: skip
            signal.connect(self._recompute)
        self.trigger_zone.currentTextChanged.connect(self._recompute)
        self.variant.currentIndexChanged.connect(self._recompute)

    def _build_result(self, today: date) -> None:
        self.result_due = PlainLabel(parent=self)
        self.result_due.setObjectName("heading")
        self.result_details = PlainLabel(parent=self)
        self.trace = QPlainTextEdit(self)
        self.trace.setReadOnly(True)
        self.trace.setAccessibleName(self.tr("Why this date"))
        self.trace.setMinimumHeight(140)
        result_box = QGroupBox(self.tr("The date, and why"), self)
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.result_due)
        result_layout.addWidget(self.result_details)
        result_layout.addWidget(self.trace)

        self.confirm_unverified = QCheckBox(
            self.tr("I have checked this unverified date against the law myself"), self
        )
        self.override = QCheckBox(self.tr("Set a different date by hand"), self)
        self.override_date = date_edit(self, today)
        self.override_date.setAccessibleName(self.tr("Date set by hand"))
        self.override_reason = QLineEdit(self)
        self.override_reason.setPlaceholderText(self.tr("Reason (required), e.g. court's letter"))
        self.override_reason.setAccessibleName(self.tr("Reason for the date set by hand"))

        self.content.addWidget(result_box)
        for widget in (self.confirm_unverified, self.override, self.override_date,
                       self.override_reason):  # fmt: skip
            self.content.addWidget(widget)
        self.confirm_unverified.toggled.connect(self._update_buttons)
        self.override.toggled.connect(self._update_buttons)
        self.override_date.dateChanged.connect(self._update_buttons)
        self.override_reason.textChanged.connect(self._update_buttons)

    def _build_buttons(self) -> None:
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.add_button(
            self.tr("&Save deadline"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primaryButton")
        self.make_cancel_default(self.cancel_button)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    # -- state ---------------------------------------------------------------------------------

    @property
    def rule(self) -> Rule | None:
        item = self.rule_list.currentItem()
        if item is None:
            return None
        return self._rules.rule(str(item.data(RULE_ID_ROLE)))

    @property
    def chain(self) -> Chain | None:
        return self._chain

    def listed_rule_ids(self) -> list[str]:
        items = (self.rule_list.item(i) for i in range(self.rule_list.count()))
        return [str(item.data(RULE_ID_ROLE)) for item in items if item is not None]

    def select_rule(self, rule_id: str) -> bool:
        for row in range(self.rule_list.count()):
            item = self.rule_list.item(row)
            if item is not None and item.data(RULE_ID_ROLE) == rule_id:
                self.rule_list.setCurrentRow(row)
                return True
        return False

    def _needs_confirmation(self) -> bool:
        return self._chain is not None and any(
            n.computation.needs_confirmation for n in self._chain.nodes
        )

    # -- filling -------------------------------------------------------------------------------

    def _fill_rules(self) -> None:
        current = self.rule
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        if self.show_all.isChecked():
            found = self._rules.rules()
        else:
            found = self._rules.rules(
                jurisdiction=self._case.jurisdiction, kind=self._case.kind.value
            )
        for rule in found:
            badge = self.tr("  [UNVERIFIED]") if rule.needs_confirmation else ""
            item = QListWidgetItem(f"{rule.title} ({rule.confidence.value}){badge}")
            item.setData(RULE_ID_ROLE, rule.id)
            item.setToolTip(rule.id)
            self.rule_list.addItem(item)
        self.rule_list.blockSignals(False)
        if current is None or not self.select_rule(current.id):
            self.rule_list.setCurrentRow(0 if self.rule_list.count() else -1)
        self._on_rule_list_current_item_changed()

    def _on_rule_list_current_item_changed(self, *_: object) -> None:
        rule = self.rule
        self._key_dates_asked.clear()
        self.key_date.blockSignals(True)
        self.key_date.setDate(NOT_GIVEN)
        self.key_date.blockSignals(False)
        self.variant.blockSignals(True)
        self.variant.clear()
        if rule is None:
            self.rule_info.setText(
                self.tr("No rule fits this case. Tick the box above to see every rule.")
            )
            self.trigger_question.setText("")
        else:
            self.variant.addItem(self.tr("Standard period: %s") % rule.offset, "")
            for v in rule.variants:
                confidence = (v.confidence or rule.confidence).value
                self.variant.addItem(f"{v.title}: {v.offset} ({confidence})", v.id)
            self.rule_info.setText(
                self.tr("Source: %1. Confidence: %2, last checked %3.")
                .replace("%1", rule.source)
                .replace("%2", rule.confidence.value)
                .replace("%3", rule.checked.isoformat())
                + (f"\n{rule.notes}" if rule.notes else "")
            )
            self.trigger_question.setText(rule.trigger)
            moment = rule.trigger_kind is TriggerKind.MOMENT
            self.trigger_zone.setCurrentText(rule.zone)
            self._form.setRowVisible(self.trigger_time, moment)
            self._form.setRowVisible(self.trigger_zone, moment)
        self.variant.blockSignals(False)
        self._form.setRowVisible(self.variant, self.variant.count() > 1)
        self._recompute()

    # -- computing -----------------------------------------------------------------------------

    def inputs(self) -> tuple[date | datetime, Mapping[str, date], str | None]:
        """The trigger, key dates and variant as entered."""
        rule = self.rule
        day = from_qdate(self.trigger_date.date())
        trigger: date | datetime = day
        if rule is not None and rule.trigger_kind is TriggerKind.MOMENT:
            at = self.trigger_time.time()
            zone = self.trigger_zone.currentText().strip()
            if zone not in ZONES:
                raise DeadlineComputationError(
                    rule.id, "trigger_zone", "choose the time zone of that time from the list"
                )
            trigger = make_trigger(day, time(at.hour(), at.minute()), zone)
        given = self.key_date.date()
        key_dates = (
            {key: from_qdate(given) for key in self._key_dates_asked} if given != NOT_GIVEN else {}
        )
        variant = self.variant.currentData()
        return trigger, key_dates, str(variant) if variant else None

    def _recompute(self, *_: object) -> None:
        rule = self.rule
        self._chain = None
        self.message.hide()
        if rule is not None:
            try:
                trigger, key_dates, variant = self.inputs()
                self._chain = self._rules.preview_chain(
                    rule.id, trigger, variant, key_dates=key_dates
                )
            except DeadlineComputationError as exc:
                self._ask_key_date(rule, exc)
                self.show_message(self.tr("This date cannot be computed yet: %s") % exc.reason)
        self._show_result()
        self._update_buttons()

    def _ask_key_date(self, rule: Rule, exc: DeadlineComputationError) -> None:
        """The engine needs another date (the registration date): ask for it."""
        if not exc.field.startswith("key_dates."):
            return
        key = exc.field.removeprefix("key_dates.")
        window = rule.window
        self._key_dates_asked[key] = window.label if window and window.key == key else key

    def _show_result(self) -> None:
        asked = next(iter(self._key_dates_asked.values()), "")
        self.key_date_label.setText(asked[:1].upper() + asked[1:] + ":" if asked else "")
        self._form.setRowVisible(self.key_date, bool(asked))
        chain = self._chain
        if chain is None:
            self.result_due.setText(self.tr("No date yet"))
            self.result_details.setText("")
            self.trace.setPlainText("")
            self.unverified_badge.hide()
            self.confirm_unverified.hide()
            return
        c = chain.root
        self.result_due.setText(
            self.tr("Due %1 (%2), by %3 %4")
            .replace("%1", c.due.isoformat())
            .replace("%2", f"{c.due:%A}")
            .replace("%3", f"{c.expires_at:%H:%M}")
            .replace("%4", c.zone)
        )
        lines = [self.tr("Confidence: %s") % c.confidence.value]
        lines.append(
            self.tr("Outer limit: %s (the law leaves a range; the earliest date is shown)")
            % c.outer_limit.isoformat()
            if c.outer_limit
            else self.tr("Outer limit: none")
        )
        for node in chain.nodes[1:]:
            follow = node.computation
            lines.append(
                self.tr("Then: %1, due %2 (%3)")
                .replace("%1", follow.title)
                .replace("%2", follow.due.isoformat())
                .replace("%3", follow.confidence.value)
            )
        self.result_details.setText("\n".join(lines))
        trace = list(c.trace)
        for node in chain.nodes[1:]:
            trace += ["", *node.computation.trace]
        self.trace.setPlainText("\n".join(trace))
        unverified = self._needs_confirmation()
        self.unverified_badge.setVisible(unverified)
        self.confirm_unverified.setVisible(unverified)
        if not self.override.isChecked():
            self.override_date.setDate(to_qdate(c.due))

    def _update_buttons(self, *_: object) -> None:
        overriding = self.override.isChecked()
        self.override_date.setVisible(overriding)
        self.override_reason.setVisible(overriding)
        ready = self._chain is not None
        if self._needs_confirmation() and not self.confirm_unverified.isChecked():
            ready = False
        if overriding and not self.override_reason.text().strip():
            ready = False
        self.save_button.setEnabled(ready)

    # -- saving --------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        chain = self._chain
        if chain is None or not self.save_button.isEnabled():
            return
        _, key_dates, _ = self.inputs()
        rules, confirmed = self._rules, self.confirm_unverified.isChecked()
        new_due = from_qdate(self.override_date.date())
        reason = self.override_reason.text() if self.override.isChecked() else ""

        def save() -> r.Deadline:
            deadline = rules.create_deadline(
                self._case.id, self._person_id, chain.root, self._trigger_event_id, confirmed,
                key_dates=key_dates,
            )  # fmt: skip
            if reason and new_due != chain.root.due:
                rules.override(deadline.id, new_due, reason)
            return deadline

        try:
            deadline = self._call(save)
        except (DeadlineComputationError, ValidationError) as exc:
            self.show_message(self.tr("Not saved: %s") % exc.reason)
            return
        except SafeCaseError as exc:
            self.show_message(describe_error(exc))
            return
        self.deadline_saved.emit(deadline.id)
        self.accept()
