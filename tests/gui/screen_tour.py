"""A tour of every screen SafeCase shows, for the checks that must hold on all of them (the
pseudo-locale run, the accessibility walk). Not fixtures: the tests build a `ScreenTour` from
their fixtures and iterate `tour.screens()`.

Each screen is yielded while it is shown, laid out and filled with data: the first-run wizard
page by page, the unlock window and the recovery dialog, the main window with every section
(a record chosen in each list), and every dialog the main window and the records views open
(editors new and existing, picker, history, search palette with results, attachment viewer, the
delete question, the vault dialogs, the rule-pack import, the language dialog). Build the tour
only after installing any translator: texts are translated when widgets are made.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import shiboken6
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from records_harness import RecordsWindow, open_records_window
from rule_packs import our_pack, pl_deadlines
from screen_tour_backups import backup_screens
from tour_screen import Screen

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from helpers import FAST_KDF, PASSPHRASE
from safecase.domain.clock import FakeClock
from safecase.domain.records import Attachment, Case, Deadline, Person, Record, RecordKind
from safecase.gui.background import BackgroundRunner
from safecase.gui.deadlines.rule_pack_import_dialog import RulePackImportDialog
from safecase.gui.dialogs.about_dialog import AboutDialog
from safecase.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from safecase.gui.dialogs.create_vault_wizard import CreateVaultWizard
from safecase.gui.dialogs.health_check_dialog import HealthCheckDialog
from safecase.gui.dialogs.language_dialog import LanguageDialog
from safecase.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from safecase.gui.dialogs.rotate_data_key_dialog import RotateDataKeyDialog
from safecase.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.settings import Settings
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.record_list_view import RecordListView
from safecase.gui.views.recycle_bin_view import RecycleBinView
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

WEAK_PASSPHRASE = "password2024"


@dataclass
class TourData:
    """The records the tour shows, and every text of them (record data is not translated)."""

    person: Person
    deadline: Deadline
    attachment: Attachment
    records: list[Record] = field(default_factory=list)
    texts: set[str] = field(default_factory=set)


def fill_vault(records: RecordsService, clock: FakeClock) -> TourData:
    """A small caseload that fills every section, every dashboard bucket and the bin."""
    today = clock.now().date()

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    person = make_person()
    other = make_person(name="Aida Nurlanova", other_names=[], flags=[], risk=None)
    case = make_case()
    contact = make_contact()
    for record in (person, other, case, contact):
        records.create(record)
    records.link(contact.id, person.id, "lawyer")
    records.link(person.id, case.id, "applicant")
    event = make_event(case_id=case.id, person_id=person.id)
    records.create(event)
    deadlines = [
        make_deadline(title="Lodge the appeal", due=day(-2), case_id=case.id),
        make_deadline(title="Send the statement", due=day(0), case_id=case.id),
        make_deadline(title="Renew the permit", due=day(4), time="12:00", person_id=person.id),
        make_deadline(title="Hearing preparation", due=day(40), case_id=case.id),
    ]
    for deadline in deadlines:
        records.create(deadline)
    note = make_note(target_id=person.id)
    records.create(note)
    binned = make_note(title="Old draft", body="Replaced.")
    records.create(binned)
    records.delete(binned.id)
    attachment = records.add_attachment(
        io.BytesIO(b"Statement text"), "statement.txt", "text/plain", person.id
    )
    data = TourData(person, deadlines[0], attachment)
    data.records = [person, other, case, contact, event, *deadlines, note, binned]
    for record in data.records:
        for value in vars_of(record):
            data.texts.add(value)
    data.texts |= {"statement.txt", "lawyer", "applicant", "Statement text"}
    return data


def vars_of(record: Record) -> Iterator[str]:
    """Every string a record holds, however deep (names, flags, references…)."""
    stack: list[object] = [record]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if value:
                yield value
        elif isinstance(value, list | tuple):
            stack.extend(value)
        elif hasattr(value, "__dataclass_fields__"):
            stack.extend(getattr(value, name) for name in value.__dataclass_fields__)


class ScreenTour:
    def __init__(  # noqa: PLR0917 - the pieces every screen is built from
        self,
        qtbot: QtBot,
        tmp_path: Path,
        runner: BackgroundRunner,
        created_vault: tuple[Path, str],
        open_vault: OpenVault,
        records: RecordsService,
        clipboard: SecretClipboard,
        settings: Settings,
        clock: FakeClock,
        icons: IconLibrary,
    ) -> None:
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.runner = runner
        self.vault_dir = created_vault[0]
        self.recovery_key = created_vault[1]
        self.vault = open_vault
        self.records = records
        self.clipboard = clipboard
        self.settings = settings
        self.clock = clock
        self.icons = icons
        self.data: TourData | None = None
        self.harness: RecordsWindow | None = None

    def settle(self) -> None:
        wait_idle(self.qtbot, self.runner)
        QApplication.processEvents()
        wait_idle(self.qtbot, self.runner)
        QApplication.processEvents()

    def screens(self) -> Iterator[Screen]:
        yield from self.first_run()
        yield from self.unlock()
        yield from self.main_window()

    # -- before the vault is open ----------------------------------------------------------------

    def first_run(self) -> Iterator[Screen]:
        wizard = CreateVaultWizard(
            self.runner, default_location=self.tmp_path / "first-run", kdf=FAST_KDF
        )
        self.qtbot.addWidget(wizard)
        wizard.show()
        self.settle()
        try:
            yield Screen("wizard: welcome and location", wizard)
            wizard.button(QWizard.WizardButton.NextButton).click()
            form = wizard.passphrase_page.form
            form.passphrase.setText(WEAK_PASSPHRASE)
            form.confirmation.setText("something else")
            yield Screen("wizard: a weak passphrase", wizard)
            form.passphrase.setText(PASSPHRASE + " tangerine")
            form.confirmation.setText(PASSPHRASE + " tangerine")
            yield Screen("wizard: a good passphrase", wizard)
            wizard.button(QWizard.WizardButton.CommitButton).click()
            wait_idle(self.qtbot, self.runner)
            self.qtbot.waitUntil(
                lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS
            )
            yield Screen("wizard: the recovery key", wizard)
            wizard.recovery_key_page.written.setChecked(True)
            wizard.button(QWizard.WizardButton.NextButton).click()
            check = wizard.recovery_check_page.check
            check.entry.setText("0" * len(check.expected))
            yield Screen("wizard: checking the paper copy", wizard)
            check.entry.setText(check.expected)
            wizard.button(QWizard.WizardButton.NextButton).click()
            yield Screen("wizard: done", wizard)
        finally:
            vault = wizard.vault
            wizard.close()
            if vault is not None and vault.is_open:
                vault.close()

    def unlock(self) -> Iterator[Screen]:
        window = UnlockWindow(self.vault_dir, self.runner, self.icons, recovery_kdf=FAST_KDF)
        self.qtbot.addWidget(window)
        window.show_locked(LockReason.IDLE)
        window.submit()  # nothing typed: it asks for the passphrase
        self.settle()
        yield Screen("unlock window", window)
        window.recovery_button.click()
        dialog = window.recovery_dialog
        assert dialog is not None
        self.settle()
        yield Screen("recovery key unlock", dialog)
        dialog.reject()
        window.close()

    # -- the unlocked vault ----------------------------------------------------------------------

    def main_window(self) -> Iterator[Screen]:
        self.data = fill_vault(self.records, self.clock)
        harness = open_records_window(
            self.qtbot,
            self.vault,
            self.runner,
            self.clipboard,
            self.settings,
            self.clock,
            self.icons,
        )
        self.harness = harness
        try:
            yield from self._sections(harness)
            yield from self._record_dialogs(harness)
            yield from self._vault_dialogs(harness)
        finally:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and shiboken6.isValid(widget):
                    force_close = getattr(widget, "force_close", None)
                    if callable(force_close) and widget.isVisible():
                        force_close()
            if not harness.lock.is_locked:
                harness.lock.lock()
            harness.settle()

    def _sections(self, harness: RecordsWindow) -> Iterator[Screen]:
        for key in list(harness.window.pages):
            view = harness.show(key)
            if isinstance(view, RecordListView | RecycleBinView):
                self.qtbot.waitUntil(lambda v=view: v.model.rowCount() > 0, timeout=WAIT_MS)
                # Not selectRow(): in a right-to-left layout Qt's selectRow() looks for the
                # column at the viewport's far edge and finds none when the columns fill it.
                view.table.setCurrentIndex(view.model.index(0, 0))
                self.settle()
                assert view.current is not None, key
            yield Screen(f"section {key}", harness.window)

    def _record_dialogs(self, harness: RecordsWindow) -> Iterator[Screen]:
        assert self.data is not None
        session = harness.session
        main = harness.window
        by_kind: dict[RecordKind, Record] = {}
        for record in self.data.records[:-1]:  # not the one in the bin
            by_kind.setdefault(RecordKind(type(record).__name__.lower()), record)
        for kind, record in by_kind.items():
            yield from self.shown(f"editor: {kind.value}", session.open_editor(kind, record, main))
        yield from self.shown(
            "editor: new person", session.open_editor(RecordKind.PERSON, None, main)
        )
        cases = harness.show("cases")
        assert isinstance(cases, CasesView)
        cases.people.add_button.click()
        assert cases.people.picker is not None
        yield from self.shown("record picker", cases.people.picker)
        cases.timeline.rule_deadline_button.click()
        self.settle()
        yield from self.shown("deadline from a rule", self._last_dialog(session))
        yield from self.shown("history", session.open_history(self.data.person.id, main))
        palette = session.open_search(main)
        palette.query.setText("Yerzhan")
        palette.run_query()
        yield from self.shown("search palette", palette)
        viewer = session.open_attachment(self.data.attachment.id, main)
        yield from self.shown("attachment viewer", viewer)
        yield from self.shown(
            "delete question", session.confirm_delete(self.data.person, main), close=QDialog.reject
        )

    def _vault_dialogs(self, harness: RecordsWindow) -> Iterator[Screen]:
        main = harness.window
        actions = (
            (main.change_passphrase_action, ChangePassphraseDialog),
            (main.recovery_key_action, RecoveryKeyDialog),
            (main.rotate_key_action, RotateDataKeyDialog),
            (main.health_check_action, HealthCheckDialog),
            (main.shortcuts_action, ShortcutsDialog),
            (main.about_action, AboutDialog),
        )
        for action, kind in actions:
            action.trigger()
            self.settle()
            dialog = next(
                d for d in main.findChildren(kind) if shiboken6.isValid(d) and d.isVisible()
            )
            yield from self.shown(f"vault dialog: {kind.__name__}", dialog)
        language = LanguageDialog(self.settings, main)
        yield from self.shown("language", language)
        yield from self._rule_pack_import(harness)
        yield from backup_screens(self, harness)

    def _rule_pack_import(self, harness: RecordsWindow) -> Iterator[Screen]:
        """The organisation's rule pack, checked: its changes and a deadline they move."""
        assert self.data is not None
        case = next(record for record in self.data.records if isinstance(record, Case))
        rules = RuleService(self.vault.conn, self.records, self.clock)
        for deadline in pl_deadlines(rules, case.id):
            self.data.texts |= set(vars_of(deadline))
        pack = self.tmp_path / "our-rules.toml"
        pack.write_text(our_pack(), "utf-8")
        harness.window.import_rules_action.trigger()
        dialog = harness.lock.tracked_windows()[-1]
        assert isinstance(dialog, RulePackImportDialog)
        dialog.file_edit.setText(str(pack))
        dialog.check_button.click()
        self.settle()
        assert dialog.review is not None and dialog.changes.deadline_texts(), dialog.message_text()
        yield from self.shown("import rules from the organisation", dialog)

    @staticmethod
    def _last_dialog(session: object) -> QWidget:
        dialog = getattr(session, "last_dialog", None)
        assert isinstance(dialog, QWidget)
        return dialog

    def shown(
        self,
        name: str,
        dialog: QWidget,
        *,
        close: Callable[[QDialog], None] = QDialog.reject,
    ) -> Iterator[Screen]:
        if not dialog.isVisible():
            if isinstance(dialog, QDialog):
                dialog.open()
            else:
                dialog.show()
        self.settle()
        yield Screen(name, dialog)
        if not shiboken6.isValid(dialog):
            return
        if isinstance(dialog, VaultDialog):
            dialog.force_close()
        elif isinstance(dialog, QDialog):
            close(dialog)
        else:
            dialog.close()
        self.settle()
