"""Whole-app journeys through the session controller: first run, lock and unlock, the lock
triggers, neutral titles, nothing of the vault left in a locked window, no canary in settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, files_containing
from safecase.domain.clock import FakeClock
from safecase.gui.application import Application
from safecase.gui.lock.session_lock_listener import SessionLockListener
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.view_context import ViewContext
from safecase.gui.widgets.plain_label import PlainLabel

CANARY_WORD = "zebracanaryquokka"
PASSPHRASE = f"{CANARY_WORD} harbour violet thimble"
RECORD_CANARY = "canary-client-name-7731"


class CanaryView(PlainLabel):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(RECORD_CANARY)
        context.lock.register(self)

    def clear_on_lock(self) -> None:
        self.clear()


@pytest.fixture
def controller(
    app: Application, settings: Settings, clock: FakeClock, tmp_path: Path, qtbot: QtBot
) -> Iterator[SessionController]:
    registry = default_view_registry()
    registry.replace_factory("people", CanaryView)
    session = SessionController(
        app,
        settings,
        clock=clock,
        registry=registry,
        vault_dir=tmp_path / "vault",
        kdf=FAST_KDF,
        listener=SessionLockListener(),
    )
    session.start(listen=False)
    yield session
    session.shutdown()
    wait_idle(qtbot, session.runner)
    app.removeEventFilter(session.idle)
    for window in (session.main_window, session.unlock_window, session.wizard):
        if window is not None:
            window.close()
            window.deleteLater()


def _first_run(qtbot: QtBot, controller: SessionController) -> None:
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.button(QWizard.WizardButton.NextButton).click()
    form = wizard.passphrase_page.form
    form.passphrase.setText(PASSPHRASE)
    form.confirmation.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS)
    wizard.recovery_key_page.written.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    check = wizard.recovery_check_page.check
    check.entry.setText(check.expected)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _unlock(qtbot: QtBot, controller: SessionController, passphrase: str = PASSPHRASE) -> None:
    window = controller.unlock_window
    assert window is not None and window.isVisible()
    window.passphrase.setText(passphrase)
    window.submit()
    wait_idle(qtbot, controller.runner)


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def _titles() -> set[str]:
    return {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_first_run_then_lock_and_unlock(
    qtbot: QtBot, controller: SessionController, settings: Settings, tmp_path: Path
) -> None:
    _first_run(qtbot, controller)
    main = controller.main_window
    assert main is not None and main.isVisible()
    assert settings.vault_path == tmp_path / "vault"
    assert controller.lock.vault is not None
    assert controller.idle.armed
    assert _titles() == {"SafeCase"}
    main.lock_action.trigger()
    assert controller.lock.vault is None
    assert not main.isVisible()
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    assert not controller.idle.armed
    assert _titles() == {"SafeCase"}
    _unlock(qtbot, controller, "wrong passphrase entirely")
    assert controller.lock.vault is None
    assert "did not open" in controller.unlock_window.message_text()
    _unlock(qtbot, controller)
    assert controller.lock.vault is not None
    assert main.isVisible() and len(main.pages) == 7
    assert not controller.unlock_window.isVisible()


def test_locked_main_window_shows_nothing_of_the_vault(
    qtbot: QtBot, controller: SessionController
) -> None:
    _first_run(qtbot, controller)
    main = controller.main_window
    assert main is not None
    assert RECORD_CANARY in _visible_texts(main)
    vault = controller.lock.vault
    assert vault is not None
    controller.lock.lock()
    qtbot.wait(10)  # let deleteLater run
    assert not vault.is_open
    assert all(RECORD_CANARY not in text for text in _visible_texts(main))
    assert main.stack.count() == 0


def test_idle_lock_with_a_fake_clock(
    qtbot: QtBot, controller: SessionController, clock: FakeClock
) -> None:
    _first_run(qtbot, controller)
    clock.advance(timedelta(minutes=4, seconds=59))
    controller.idle.check()
    assert controller.lock.vault is not None
    clock.advance(timedelta(seconds=1))
    controller.idle.tick_timer.timeout.emit()
    assert controller.lock.vault is None
    assert controller.unlock_window is not None
    assert "without use" in controller.unlock_window.reason.text()


def test_screen_lock_and_sleep_lock(qtbot: QtBot, controller: SessionController) -> None:
    _first_run(qtbot, controller)
    controller.listener._on_screensaver_active_changed(True)
    assert controller.lock.vault is None
    assert controller.unlock_window is not None
    assert "screen locked" in controller.unlock_window.reason.text()
    _unlock(qtbot, controller)
    assert controller.lock.vault is not None
    controller.listener._on_login1_prepare_for_sleep(True)
    assert controller.lock.vault is None
    assert "sleep" in controller.unlock_window.reason.text()


def test_screen_lock_preference_is_respected(
    qtbot: QtBot, controller: SessionController, settings: Settings
) -> None:
    settings.lock_on_screen_lock = False
    _first_run(qtbot, controller)
    controller.listener._on_screensaver_active_changed(True)
    assert controller.lock.vault is not None


def test_no_canary_in_settings_after_a_session(
    qtbot: QtBot,
    controller: SessionController,
    settings: Settings,
    tmp_path: Path,
    private_qt_settings: Path,
) -> None:
    wizard = controller.wizard
    assert wizard is not None

    seen: list[str] = []

    def dismiss_file_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen.append(type(modal).__name__)
            modal.close()

    # The folder chooser (Qt's own dialog) remembers folders; they must be wiped after.
    QTimer.singleShot(300, dismiss_file_dialog)
    wizard.location_page.choose_button.click()
    assert seen == ["QFileDialog"]
    _first_run(qtbot, controller)
    recovery_key_seen = controller.lock.vault is not None
    assert recovery_key_seen
    controller.clipboard.copy(RECORD_CANARY)
    main = controller.main_window
    assert main is not None
    main.navigation.setCurrentRow(1)
    controller.lock.lock()
    _unlock(qtbot, controller)
    controller.shutdown()
    settings.sync()
    assert set(settings.keys()) <= Settings.ALLOWED_KEYS
    places = [tmp_path / "config", private_qt_settings, tmp_path / "xdg-config"]
    for canary in (CANARY_WORD, RECORD_CANARY, "AGE-SECRET-KEY"):
        assert files_containing([p for p in places if p.exists()], canary) == [], canary
    qt_project = private_qt_settings / "QtProject.conf"
    assert not qt_project.exists() or "FileDialog" not in qt_project.read_text()
    assert not (tmp_path / "xdg-config" / "QtProject.conf").exists()
    assert QApplication.clipboard().text() == ""


def test_unlock_window_when_a_vault_exists(
    app: Application,
    settings: Settings,
    clock: FakeClock,
    created_vault: tuple[Path, str],
    qtbot: QtBot,
) -> None:
    session = SessionController(
        app, settings, clock=clock, vault_dir=created_vault[0], kdf=FAST_KDF
    )
    try:
        session.start(listen=False)
        assert session.wizard is None
        assert session.unlock_window is not None and session.unlock_window.isVisible()
        assert session.main_window is None, "built lazily, after the first unlock"
        assert session.unlock_window.windowTitle() == "SafeCase"
    finally:
        session.shutdown()
        app.removeEventFilter(session.idle)
        if session.unlock_window is not None:
            session.unlock_window.deleteLater()
