"""The main window: sections from the registry, plug-in views, Lock, the Vault menu, title."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from safecase.domain.clock import FakeClock
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from safecase.gui.dialogs.health_check_dialog import HealthCheckDialog
from safecase.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from safecase.gui.dialogs.rotate_data_key_dialog import RotateDataKeyDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.lock.lock_controller import LockController
from safecase.gui.lock.lock_reason import LockReason
from safecase.gui.main_window import MainWindow
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.empty_state_view import EmptyStateView
from safecase.gui.views.view_context import ViewContext
from safecase.gui.views.view_registry import ViewRegistry
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.vault import OpenVault

SECTION_TITLES = ["Dashboard", "People", "Cases", "Contacts", "Deadlines", "Notes", "Recycle bin"]


class RecordingView(PlainLabel):
    """Stands in for a records view: shows a canary, forgets it on lock."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__("canary-person-name")
        self.context: ViewContext | None = context
        self.cleared = 0

    def clear_on_lock(self) -> None:
        self.cleared += 1
        self.setText("")
        self.context = None


@pytest.fixture
def lock(runner: BackgroundRunner, clipboard: SecretClipboard) -> LockController:
    return LockController(runner, clipboard)


@pytest.fixture
def registry() -> ViewRegistry:
    return default_view_registry()


@pytest.fixture
def window(  # noqa: PLR0917 - a fixture takes its dependencies as arguments
    qtbot: QtBot,
    registry: ViewRegistry,
    lock: LockController,
    runner: BackgroundRunner,
    icons: IconLibrary,
    settings: Settings,
    clock: FakeClock,
) -> Iterator[MainWindow]:
    main = MainWindow(registry, lock, runner=runner, icons=icons, settings=settings, clock=clock)
    qtbot.addWidget(main)
    yield main


def _open(window: MainWindow, lock: LockController, vault: OpenVault) -> None:
    lock.adopt(vault)
    window.open_session(vault)
    window.show()


def test_sections_are_listed_with_placeholders(
    window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    _open(window, lock, open_vault)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == SECTION_TITLES
    assert list(window.pages) == [
        "dashboard",
        "people",
        "cases",
        "contacts",
        "deadlines",
        "notes",
        "recycle_bin",
    ]
    assert all(isinstance(p, EmptyStateView) for p in window.pages.values())
    assert window.current_key() == "dashboard"
    window.navigation.setCurrentRow(2)
    assert window.current_key() == "cases"
    assert window.windowTitle() == "SafeCase"


def test_section_shortcuts(window: MainWindow, lock: LockController, open_vault: OpenVault) -> None:
    _open(window, lock, open_vault)
    assert [a.shortcut().toString() for a in window.section_actions] == [
        f"Ctrl+{n}" for n in range(1, 8)
    ]
    window.section_actions[3].trigger()
    assert window.current_key() == "contacts"


def test_a_view_plugs_in_and_is_cleared_on_lock(
    window: MainWindow, lock: LockController, registry: ViewRegistry, open_vault: OpenVault
) -> None:
    built: list[RecordingView] = []

    def factory(context: ViewContext) -> QWidget:
        view = RecordingView(context)
        built.append(view)
        return view

    registry.replace_factory("people", factory)
    _open(window, lock, open_vault)
    view = built[0]
    assert window.pages["people"] is view
    assert view.context is not None and view.context.vault is open_vault
    assert view in lock.registered(), "Lockable views are registered automatically"
    lock.lock()
    assert view.cleared == 1
    assert not window.pages and window.stack.count() == 0 and window.navigation.count() == 0
    assert not window.isVisible()
    assert not open_vault.is_open


def test_a_broken_view_does_not_block_unlock(
    window: MainWindow, lock: LockController, registry: ViewRegistry, open_vault: OpenVault
) -> None:
    def broken(_context: ViewContext) -> QWidget:
        raise RuntimeError("canary-detail")

    registry.replace_factory("notes", broken)
    _open(window, lock, open_vault)
    page = window.pages["notes"]
    assert isinstance(page, EmptyStateView)
    assert "could not be opened" in page.body()


def test_registry_refuses_duplicate_keys(registry: ViewRegistry) -> None:
    with pytest.raises(ValueError, match="already registered"):
        registry.register("people", "People", "people", lambda ctx: QWidget())
    registry.register("archive", "Archive", "bin", lambda ctx: QWidget())
    assert registry.keys()[-1] == "archive"


def test_lock_action_and_shortcut(
    qtbot: QtBot, window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    _open(window, lock, open_vault)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action in window.toolbar.actions()
    with qtbot.waitSignal(window.lock_requested) as blocker:
        window.lock_action.trigger()
    assert blocker.args == [LockReason.MANUAL]


def test_vault_menu_opens_tracked_dialogs(
    window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    _open(window, lock, open_vault)
    for action, kind in (
        (window.change_passphrase_action, ChangePassphraseDialog),
        (window.recovery_key_action, RecoveryKeyDialog),
        (window.rotate_key_action, RotateDataKeyDialog),
        (window.health_check_action, HealthCheckDialog),
    ):
        action.trigger()
        dialog = lock.tracked_windows()[-1]
        assert isinstance(dialog, kind)
        assert dialog.isVisible() and dialog.windowTitle() == "SafeCase"
    lock.lock()
    assert lock.tracked_windows() == []
    assert not any(
        isinstance(w, ChangePassphraseDialog | RecoveryKeyDialog) and w.isVisible()
        for w in window.findChildren(QWidget)
    )


def test_vault_actions_disabled_while_locked(
    window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    assert not window.change_passphrase_action.isEnabled()
    _open(window, lock, open_vault)
    assert window.change_passphrase_action.isEnabled()
    lock.lock()
    assert not window.rotate_key_action.isEnabled()


def test_lock_on_minimise_when_enabled(
    qtbot: QtBot,
    window: MainWindow,
    lock: LockController,
    open_vault: OpenVault,
    settings: Settings,
) -> None:
    settings.lock_on_minimise = True
    _open(window, lock, open_vault)
    with qtbot.waitSignal(window.lock_requested, timeout=2000) as blocker:
        window.showMinimized()
    assert blocker.args == [LockReason.MINIMISED]


def test_title_stays_neutral_everywhere(
    window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    _open(window, lock, open_vault)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert window.windowTitle() == "SafeCase"
    window.shortcuts_action.trigger()
    window.about_action.trigger()
    for dialog in lock.tracked_windows():
        assert dialog.windowTitle() == "SafeCase"


def test_interactive_controls_have_accessible_names(
    window: MainWindow, lock: LockController, open_vault: OpenVault
) -> None:
    _open(window, lock, open_vault)
    assert window.navigation.accessibleName() == "Sections"
    assert window.toolbar.accessibleName()
    for page in window.pages.values():
        assert page.accessibleName()
