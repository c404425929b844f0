"""The full journey the leak tests watch (T1 files, T8 network, T9 widgets, T17 logs).

Through the real GUI shell (session controller, wizard, unlock window, main window with the
real records views, panic action) and the services the GUI calls: create a vault in the wizard,
add records whose names and texts are Cyrillic canaries, lock, unlock, browse every section and
open a record, search, copy a field, back up and verify, export an ICS calendar (redacted), lock,
unlock, panic, unlock again, a wrong passphrase, quit.

Runs in-process under pytest (T1, T9) and in a subprocess with the app's own logging at DEBUG
(T17, `journey_main.py`), so it depends on no pytest fixture: waiting is `QTest.qWait`.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWizard,
)

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from helpers import FAST_KDF
from safecase.crypto import age
from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.security.panic_action import PanicAction
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.records_views import install_records_views
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.calendar_export import CalendarExporter, Privacy
from safecase.services.records import RecordsService
from safecase.services.search import SearchService

WAIT_MS = 20_000
JOURNEY_CLOCK = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)


@dataclass
class Canaries:
    person: str
    note: str
    case: str
    deadline: str
    latin: str

    def all(self) -> list[str]:
        return [self.person, self.note, self.case, self.deadline, self.latin]


@dataclass
class JourneyFacts:
    vault_dir: Path
    recovery_key: str = ""
    data_key_hex: str = ""
    backup_file: Path | None = None
    ics_file: Path | None = None
    search_hits: int = 0
    canary_seen_in_widgets: bool = False
    steps: list[str] = field(default_factory=list)


def wait_until(predicate: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("GUI journey step did not finish")
        QTest.qWait(10)


def wait_idle(controller: SessionController) -> None:
    wait_until(lambda: not controller.runner.busy)
    QTest.qWait(20)


# -- what widgets hold -------------------------------------------------------------------------


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, depth: int, out: list[str]
) -> None:
    if depth > 4:
        return
    rows = model.rowCount(parent)
    cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(rows, 2000)):
        for col in range(min(cols, 30)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.EditRole):  # fmt: skip
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    out.append(value)
            flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
            if col == 0 and not flat and model.rowCount(index) > 0:
                _model_texts(model, index, depth + 1, out)


def widget_texts() -> list[str]:
    """Every text any existing widget holds (visible or not): labels, fields, editors, buttons,
    item views' models, combo boxes, tabs, titles, tool tips, accessible names."""
    out: list[str] = []
    seen_models: set[int] = set()
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        out += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                widget.accessibleDescription(), widget.statusTip(), widget.whatsThis()]  # fmt: skip
        if isinstance(widget, QLabel):
            out.append(widget.text())
        elif isinstance(widget, QLineEdit):
            out += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            out.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            out += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None and shiboken6.isValid(model) and id(model) not in seen_models:
                seen_models.add(id(model))
                try:
                    _model_texts(model, QModelIndex(), 0, out)
                except RuntimeError:  # deleted while we read it
                    continue
    return [t for t in out if t]


def widgets_holding(canaries: list[str]) -> list[str]:
    texts = widget_texts()
    return [c for c in canaries if any(c in t for t in texts)]


# -- the controller ------------------------------------------------------------------------------


def build_controller(
    app: Application,
    config_dir: Path,
    vault_dir: Path,
    clock: FakeClock,
    *,
    listener: SessionLockListener | None = None,
) -> SessionController:
    Settings.redirect_qt_settings(config_dir)
    settings = Settings.open_in(config_dir)
    registry = default_view_registry()
    install_records_views(registry)
    controller = SessionController(
        app, settings, clock=clock, registry=registry, vault_dir=vault_dir, kdf=FAST_KDF,
        listener=listener or SessionLockListener(),
    )  # fmt: skip
    controller.start(listen=listener is not None)
    return controller


def first_run(controller: SessionController, passphrase: str) -> str:
    """Create the vault through the wizard; returns the recovery key it showed."""
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.button(QWizard.WizardButton.NextButton).click()
    form = wizard.passphrase_page.form
    form.passphrase.setText(passphrase)
    form.confirmation.setText(passphrase)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until(lambda: wizard.currentPage() is wizard.recovery_key_page)
    recovery = str(wizard.state.recovery_key)
    wizard.recovery_key_page.written.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    check = wizard.recovery_check_page.check
    check.entry.setText(check.expected)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: controller.lock.vault is not None)
    return recovery


def unlock(controller: SessionController, passphrase: str, *, expect_open: bool = True) -> None:
    window = controller.unlock_window
    assert window is not None
    if not window.isVisible():
        window.showNormal()
    window.passphrase.setText(passphrase)
    window.submit()
    wait_until(lambda: not window.busy)
    wait_idle(controller)
    assert (controller.lock.vault is not None) == expect_open


def browse_everything(controller: SessionController) -> None:
    """Visit every section and select the first row of every list, so details load."""
    main = controller.main_window
    assert main is not None
    for row in range(main.navigation.count()):
        main.navigation.setCurrentRow(row)
        wait_idle(controller)
        page = main.stack.currentWidget()
        if page is None:
            continue
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and model.rowCount() > 0 and view.isVisible():
                view.setCurrentIndex(model.index(0, 0))
                wait_idle(controller)


def shutdown(controller: SessionController, app: Application) -> None:
    controller.shutdown()
    wait_until(lambda: not controller.runner.busy)
    app.removeEventFilter(controller.idle)
    for window in (controller.main_window, controller.unlock_window, controller.wizard):
        if window is not None:
            window.close()
            window.deleteLater()
    QTest.qWait(20)


# -- records -------------------------------------------------------------------------------------


def add_canary_records(
    vault: vault_service.OpenVault, canaries: Canaries, clock: FakeClock
) -> None:
    records = RecordsService(vault.conn, clock)
    person = make_person(name=f"Ержан {canaries.person}", location=canaries.latin, other_names=[],
                         summary=f"Живёт у {canaries.person}.")  # fmt: skip
    contact = make_contact(name=f"Адвокат {canaries.person}а")
    case = make_case(title=f"Дело {canaries.case}", summary=f"{canaries.case} " * 20)
    for record in (person, contact, case):
        records.create(record)
    records.link(contact.id, person.id, "lawyer")
    records.link(person.id, case.id, "applicant")
    event = make_event(case_id=case.id, person_id=person.id, summary=f"Решение {canaries.case}")
    records.create(event)
    records.create(make_deadline(title=f"Срок {canaries.deadline}", case_id=case.id,
                                 trigger_event_id=event.id))  # fmt: skip
    records.create(make_note(title=f"Заметка {canaries.note}", target_id=person.id,
                             body=f"Адрес: {canaries.note}, {canaries.latin}. " * 60))  # fmt: skip
    for i in range(60):
        records.create(
            make_note(title=f"Запись {i} {canaries.note}", body=f"{canaries.note} " * 40)
        )
    content = (f"Показания {canaries.person} {canaries.latin}\n" * 200).encode("utf-8")
    records.add_attachment(io.BytesIO(content), "pokazaniya.txt", "text/plain", person.id)
    # A temp table and a sort that would spill to a temp file if temp_store were FILE.
    vault.conn.execute("CREATE TEMP TABLE scratch AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                       "SELECT i + 1 FROM n WHERE i < 20000) SELECT ? || i AS v FROM n",
                       (canaries.note,))  # fmt: skip
    vault.conn.execute("SELECT v FROM scratch ORDER BY random()").fetchall()
    vault.conn.execute("DROP TABLE temp.scratch")


# -- the journey ---------------------------------------------------------------------------------


def run_journey(
    app: Application,
    base: Path,
    canaries: Canaries,
    passphrase: str,
    *,
    on_unlocked: Callable[[SessionController], None] | None = None,
) -> JourneyFacts:
    """The whole journey; `base` holds the vault, HOME-like places come from the environment."""
    clock = FakeClock(JOURNEY_CLOCK)
    home = Path(os.environ["HOME"])
    config_dir = Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / "SafeCase"
    vault_dir = base / "vault"
    facts = JourneyFacts(vault_dir)
    controller = build_controller(app, config_dir, vault_dir, clock)
    panic = PanicAction(controller.lock, app, tray_available=False)
    try:
        facts.recovery_key = first_run(controller, passphrase)
        facts.steps.append("created in the wizard")
        controller.lock.lock()
        with vault_service.unlock(vault_dir, vault_service.passphrase_bytes(passphrase)) as vault:
            add_canary_records(vault, canaries, clock)
            facts.data_key_hex = bytes(vault.data_key_copy()).hex()
        facts.steps.append("records added")
        unlock(controller, passphrase)
        browse_everything(controller)
        facts.canary_seen_in_widgets = bool(widgets_holding([canaries.person]))
        facts.steps.append("browsed")
        vault = controller.lock.vault
        assert vault is not None
        facts.search_hits = len(SearchService(vault.conn).search(canaries.person[:12]))
        controller.clipboard.copy(f"{canaries.person} {canaries.latin}")
        if on_unlocked is not None:
            on_unlocked(controller)
        backups = home / "Backups"
        backups.mkdir(exist_ok=True)
        facts.backup_file = backups / "safecase-backup.age"
        recipient = age.X25519Recipient.from_str(vault.recovery_recipient)
        backup.create_backup(vault, facts.backup_file, [recipient])
        backup.verify_backup(facts.backup_file, [age.X25519Identity.from_str(facts.recovery_key)])
        facts.steps.append("backed up and verified")
        documents = home / "Documents"
        documents.mkdir(exist_ok=True)
        facts.ics_file = documents / "deadlines.ics"
        records = RecordsService(vault.conn, clock)
        CalendarExporter(vault.conn, records, "Europe/Warsaw").write(
            facts.ics_file, Privacy.REDACTED
        )
        facts.steps.append("exported ICS (redacted)")
        main = controller.main_window
        assert main is not None
        main.lock_action.trigger()
        wait_idle(controller)
        unlock(controller, "a wrong passphrase, not ours", expect_open=False)
        unlock(controller, passphrase)
        browse_everything(controller)
        facts.steps.append("locked and unlocked")
        panic.trigger()
        assert controller.lock.is_locked
        panic.reveal()
        unlock(controller, passphrase)
        facts.steps.append("panic and unlock")
        main.quit_action.trigger()
        wait_idle(controller)
        facts.steps.append("quit")
    finally:
        app.removeEventFilter(panic)
        shutdown(controller, app)
    return facts


def journey_canaries() -> Canaries:
    from security_helpers import cyrillic_canary, latin_canary

    return Canaries(
        person=cyrillic_canary(),
        note=cyrillic_canary(),
        case=cyrillic_canary(),
        deadline=cyrillic_canary(),
        latin=latin_canary(),
    )
