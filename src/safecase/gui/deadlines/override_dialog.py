"""Set a computed deadline's date by hand, with a reason (kept in its history).

Rules carried here:
- the computed date and the outer limit stay visible while the caseworker chooses a date;
- a date later than the computed one is warned about, more strongly past the outer limit;
- Save needs a reason; setting the computed date again removes the override;
- Cancel is the default button.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from safecase.domain import records as r
from safecase.domain.errors import SafeCaseError, ValidationError
from safecase.gui.deadlines.add_from_rule_dialog import date_edit, from_qdate
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.reminders.reminder_scheduler import StoreCall, call_directly
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.deadline_rules import RuleService


class OverrideDialog(VaultDialog):
    deadline_saved = Signal(str)

    def __init__(
        self,
        rules: RuleService,
        deadline: r.Deadline,
        parent: QWidget | None = None,
        *,
        call: StoreCall = call_directly,
    ) -> None:
        super().__init__(
            self.tr("Set the date by hand"),
            self.tr(
                "The rule computed this date. Change it only with a reason, for example a "
                "court's letter; the computed date stays in the deadline's history."
            ),
            parent,
        )
        self._rules = rules
        self._call = call
        self._deadline = deadline
        computed = date.fromisoformat(deadline.computed_due or deadline.due)
        self._computed = computed
        self._outer = date.fromisoformat(deadline.outer_limit) if deadline.outer_limit else None
        self.title = PlainLabel(deadline.title, self)
        self.computed = PlainLabel(
            computed.isoformat()
            + (self.tr(" (outer limit %s)") % self._outer.isoformat() if self._outer else ""),
            self,
        )
        self.new_date = date_edit(self, date.fromisoformat(deadline.due))
        self.new_date.setAccessibleName(self.tr("New due date"))
        self.reason = QLineEdit(deadline.override_reason or "", self)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.warning = PlainLabel(parent=self)
        self.warning.setObjectName("errorMessage")
        self.warning.setProperty("kind", "error")
        form = QFormLayout()
        form.addRow(self.tr("Deadline:"), self.title)
        form.addRow(self.tr("Computed:"), self.computed)
        form.addRow(self.tr("New date:"), self.new_date)
        form.addRow(self.tr("Reason:"), self.reason)
        self.content.addLayout(form)
        self.content.addWidget(self.warning)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.add_button(
            self.tr("&Save date"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_cancel_default(self.cancel_button)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.new_date.dateChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    @property
    def chosen(self) -> date:
        return from_qdate(self.new_date.date())

    def _update(self, *_: object) -> None:
        chosen = self.chosen
        if self._outer is not None and chosen > self._outer:
            text = self.tr(
                "This is AFTER the outer limit the rule allows. The deadline may be missed."
            )
        elif chosen > self._computed:
            text = self.tr("This is later than the computed date. Make sure it is right.")
        else:
            text = ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        back = chosen == self._computed
        self.save_button.setEnabled(back or bool(self.reason.text().strip()))

    def _on_save_button_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            rules, deadline_id = self._rules, self._deadline.id
            chosen, reason = self.chosen, self.reason.text()
            self._call(lambda: rules.override(deadline_id, chosen, reason))
        except ValidationError as exc:
            self.show_message(self.tr("Not saved: %s") % exc.reason)
            return
        except SafeCaseError as exc:
            self.show_message(describe_error(exc))
            return
        self.deadline_saved.emit(self._deadline.id)
        self.accept()
