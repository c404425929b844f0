"""Import the organisation's rule pack: choose the file, see what it would change and which
open deadlines would move, tick the changes to take on, apply them.

Rules carried here:
- nothing changes until "Apply the checked changes": checking the file writes nothing, and a
  pack that is not valid is named by file, line and field, with nothing changed;
- the deadlines listed as moving are computed for exactly the ticked changes (a change moves
  the deadlines that follow from its rule too), and Apply waits until that list is current;
- only the ticked changes are applied; an unticked one keeps its rule as it was;
- Cancel is the default button: a stray Enter never changes a deadline;
- every text from the pack or the vault is plain text (PlainLabel, list items); file reads,
  checks and the update run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safecase.domain.clock import Clock
from safecase.domain.deadlines import RulePackError
from safecase.domain.errors import ValidationError
from safecase.gui.background import BackgroundRunner
from safecase.gui.deadlines.pack_change_text import PackChangeText
from safecase.gui.deadlines.pack_changes_panel import PackChangesPanel
from safecase.gui.deadlines.pack_review import MovingDeadline, PackReview, moving_deadlines
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.error_text import describe_error
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

PREVIEW_DELAY_MS = 250  # a few ticks in a row make one computation, not one each


@dataclass(frozen=True, slots=True)
class _Preview:
    """The deadlines that would move with `accepted`, or why these choices cannot be made."""

    accepted: frozenset[str]
    moving: list[MovingDeadline]
    problem: str = ""


def _preview(
    rules: RuleService, records: RecordsService, review: PackReview, accepted: frozenset[str]
) -> _Preview:
    """Off the GUI thread."""
    try:
        report = rules.preview_pack_update(review.proposal, accepted)
    except ValidationError as exc:  # a ticked rule needs an unticked one
        return _Preview(accepted, [], exc.reason)
    return _Preview(accepted, moving_deadlines(records, report))


class RulePackImportDialog(VaultDialog):
    rules_applied = Signal(int)
    """Ticked changes were applied; how many deadlines moved (views reload what they show)."""

    def __init__(
        self,
        load_rules: Callable[[], RuleService],
        records: RecordsService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Import rules from your organisation"),
            self.tr(
                "Your organisation can give you its own deadline rules as a file. SafeCase "
                "checks the file and shows what it would change. Nothing changes until you "
                "apply the changes you ticked."
            ),
            parent,
        )
        self.setMinimumWidth(760)
        self._load_rules = load_rules
        self._records = records
        self._runner = runner
        self._rules: RuleService | None = None
        self._review: PackReview | None = None
        self._preview: _Preview | None = None  # for the ticks as they were when it ran
        self._previewing = False
        self._applied = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self._build_file_row()
        self.changes = PackChangesPanel(self)
        self.content.addWidget(self.changes, 1)
        self.changes.ticks_changed.connect(self._on_changes_ticks_changed)
        self._build_buttons()
        self._show_review()

    @classmethod
    def for_vault(
        cls,
        vault: OpenVault,
        clock: Clock,
        runner: BackgroundRunner,
        session: RecordsSession | None,
        parent: QWidget | None = None,
    ) -> RulePackImportDialog:
        """With the records views' session (once built), the dialog shares its rules, so new
        deadlines follow the imported rules at once, and the views reload what moved."""
        records = RecordsService(vault.conn, clock)
        if session is None:
            return cls(lambda: RuleService(vault.conn, records, clock), records, runner, parent)
        dialog = cls(lambda: session.rules, records, runner, parent)
        dialog.rules_applied.connect(lambda _moved: session.records_changed.emit())
        return dialog

    def _build_file_row(self) -> None:
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Rule pack file"))
        self.file_edit.setPlaceholderText(self.tr("A .toml file from your organisation"))
        file_label = PlainLabel(self.tr("Rule pack &file:"), self, wrap=False)
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the rule pack file"))
        self.check_button = QPushButton(self.tr("Chec&k the file"), self)
        self.check_button.setAccessibleName(self.tr("Check the rule pack file"))
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.check_button)
        self.content.addLayout(row)
        self.pack_summary = PlainLabel(parent=self)
        self.pack_summary.setObjectName("packSummary")
        self.content.addWidget(self.pack_summary)
        self.file_edit.textChanged.connect(self._forget_review)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)

    def _build_buttons(self) -> None:
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.add_button(
            self.tr("&Apply the checked changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("primaryButton")
        self.make_cancel_default(self.cancel_button)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)

    # -- state -----------------------------------------------------------------------------------

    @property
    def review(self) -> PackReview | None:
        return self._review

    @property
    def preview_is_current(self) -> bool:
        """The deadline list is for exactly the ticked changes."""
        preview = self._preview
        return (
            preview is not None
            and not self._previewing
            and (preview.accepted == self.changes.ticked_ids())
        )

    def _update_state(self) -> None:
        self.check_button.setEnabled(
            not self.busy and not self._applied and bool(self.file_edit.text().strip())
        )
        preview = self._preview
        self.apply_button.setEnabled(
            not self.busy
            and not self._applied
            and self.preview_is_current
            and preview is not None
            and not preview.problem
            and bool(preview.accepted)
        )

    def set_busy(self, busy: bool, status: str = "") -> None:
        super().set_busy(busy, status)
        for widget in (self.file_edit, self.choose_button, self.changes.rule_list):
            widget.setEnabled(not busy and not self._applied)
        self._update_state()

    # -- choosing and checking the file ------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("SafeCase"), "", self.tr("Rule packs (*.toml);;All files (*)")
        )
        if chosen:
            self.file_edit.setText(chosen)
            self._on_check_button_clicked()

    def _forget_review(self) -> None:
        if self._applied:
            return
        self._review = None
        self._preview = None
        self._preview_timer.stop()
        self.message.hide()
        self._show_review()

    def _on_check_button_clicked(self) -> None:
        if not self.check_button.isEnabled():
            return
        path = Path(self.file_edit.text().strip()).expanduser()
        load_rules, records = self._load_rules, self._records

        def check() -> tuple[RuleService, PackReview, _Preview]:
            rules = load_rules()
            review = PackReview.read(rules, path)
            return rules, review, _preview(rules, records, review, review.ticked_ids())

        self._forget_review()
        self.set_busy(True, self.tr("Checking the rule pack…"))
        self._runner.run(check, self._on_checked, self._on_failed, context=self)

    def _on_checked(self, result: tuple[RuleService, PackReview, _Preview]) -> None:
        self._rules, self._review, self._preview = result
        self.set_busy(False)
        self._show_review()
        self.changes.rule_list.setFocus()

    # -- showing the changes -----------------------------------------------------------------------

    def _show_review(self) -> None:
        review = self._review
        self.changes.show_choices(review.choices if review is not None else ())
        self.changes.setVisible(review is not None and bool(review.choices))
        self.pack_summary.setText(self._pack_text(review))
        self.pack_summary.setVisible(review is not None)
        self._show_preview()

    def _pack_text(self, review: PackReview | None) -> str:
        if review is None:
            return ""
        pack, diff = review.proposal.pack, review.proposal.diff
        text = PackChangeText.fill(
            self.tr("“%1”, version %2, replacing version %3.")
            if diff.old_version not in ("", "none")
            else self.tr("“%1”, version %2, new to this vault."),
            pack.title,
            pack.version,
            diff.old_version,
        )
        if not review.choices:
            text += " " + self.tr("It changes none of your rules: there is nothing to apply.")
        return text

    def _show_preview(self) -> None:
        preview = self._preview
        if self._review is None:
            self.changes.show_deadlines("")
        elif preview is None or not self.preview_is_current:
            self.changes.show_deadlines(self.tr("Working out which deadlines would move…"))
        elif preview.problem:
            self.changes.show_deadlines(
                self.tr("These changes cannot be taken on like this: %s") % preview.problem
            )
        elif not preview.accepted:
            self.changes.show_deadlines(
                self.tr("No change is ticked: applying would change nothing.")
            )
        elif not preview.moving:
            self.changes.show_deadlines(
                self.tr("No open deadline would move with the ticked changes.")
            )
        else:
            count = len(preview.moving)
            self.changes.show_deadlines(
                self.tr("With the ticked changes, %n open deadline(s) would move:", "", count),
                preview.moving,
            )
        self._update_state()

    # -- ticking -----------------------------------------------------------------------------------

    def _on_changes_ticks_changed(self) -> None:
        self._show_preview()
        self._preview_timer.start()

    def _start_preview(self) -> None:
        rules, review = self._rules, self._review
        if rules is None or review is None or self._previewing or self.preview_is_current:
            return
        accepted, records = self.changes.ticked_ids(), self._records
        self._previewing = True
        self._runner.run(
            lambda: _preview(rules, records, review, accepted),
            self._on_previewed,
            self._on_failed,
            context=self,
        )

    def _on_previewed(self, preview: _Preview) -> None:
        self._previewing = False
        self._preview = preview
        self._show_preview()
        if preview.accepted != self.changes.ticked_ids():  # ticked again while it ran
            self._start_preview()

    # -- applying ----------------------------------------------------------------------------------

    def _on_apply_button_clicked(self) -> None:
        rules, review, preview = self._rules, self._review, self._preview
        if not self.apply_button.isEnabled() or rules is None or review is None or not preview:
            return
        accepted, records = preview.accepted, self._records

        def apply() -> list[MovingDeadline]:
            report = rules.apply_pack_update(review.proposal, accepted)
            return moving_deadlines(records, report)

        self.set_busy(True, self.tr("Applying the ticked changes…"))
        self._runner.run(apply, self._on_applied, self._on_failed, context=self)

    def _on_applied(self, moved: list[MovingDeadline]) -> None:
        self._applied = True
        self.set_busy(False)
        failed = sum(1 for each in moved if each.change.error)
        self.changes.deadlines_box.setTitle(self.tr("What happened to the open deadlines"))
        self.changes.show_deadlines(
            self.tr("%n deadline(s) moved.", "", len(moved) - failed)
            if moved
            else self.tr("No open deadline moved."),
            moved,
        )
        text = self.tr("Done. The ticked changes are in your rules now.")
        if failed:
            text += " " + self.tr(
                "%n deadline(s) could not be moved automatically: check them in Deadlines.",
                "",
                failed,
            )
        self.show_message(text, error=bool(failed))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.rules_applied.emit(len(moved) - failed)

    # -- failures ----------------------------------------------------------------------------------

    def _on_failed(self, exc: Exception) -> None:
        self._previewing = False
        self.set_busy(False)
        if isinstance(exc, RulePackError):
            self._forget_review()
            self.show_message(self._pack_error_text(exc))
            return
        if isinstance(exc, ValidationError):
            text = self.tr("SafeCase could not apply these changes: %s.") % exc.reason
        else:
            text = describe_error(exc)
        self.show_message(text + " " + self.tr("Nothing was changed."))

    def _pack_error_text(self, exc: RulePackError) -> str:
        name = Path(exc.file).name  # never the folder: it can name the user
        where = PackChangeText.fill(
            self.tr("In %1, line %2, at %3: %4.")
            if exc.line
            else self.tr("In %1, in the file as a whole: %4."),
            name,
            str(exc.line),
            exc.field,
            exc.reason,
        )
        return (
            self.tr("This file is not a rule pack SafeCase can use. Nothing was changed.")
            + " "
            + where
        )
