"""The settings wrapper: typed values, sane bounds, only the allowed keys, private file."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from safecase.gui.settings import DEFAULT_IDLE_LOCK_MIN, Settings


def test_defaults(settings: Settings) -> None:
    assert settings.vault_path is None
    assert settings.language == ""
    assert settings.idle_lock_minutes == DEFAULT_IDLE_LOCK_MIN == 5
    assert settings.lock_on_minimise is False
    assert settings.lock_on_screen_lock is True
    assert settings.lock_before_sleep is True
    assert settings.window_geometry is None


def test_values_survive_a_restart(tmp_path: Path) -> None:
    first = Settings.open_in(tmp_path / "config")
    first.vault_path = tmp_path / "v"
    first.language = "fr"
    first.idle_lock_minutes = 12
    first.lock_on_minimise = True
    first.window_geometry = QByteArray(b"\x01\x02")
    first.sync()
    again = Settings.open_in(tmp_path / "config")
    assert again.vault_path == tmp_path / "v"
    assert again.language == "fr"
    assert again.idle_lock_minutes == 12
    assert again.lock_on_minimise is True
    assert again.window_geometry == QByteArray(b"\x01\x02")
    assert set(again.keys()) <= Settings.ALLOWED_KEYS


def test_idle_minutes_are_bounded(settings: Settings) -> None:
    settings.idle_lock_minutes = 0
    assert settings.idle_lock_minutes == 1
    settings.idle_lock_minutes = 100_000
    assert settings.idle_lock_minutes == 240


def test_settings_file_is_private(tmp_path: Path) -> None:
    import os

    old = os.umask(0o077)
    try:
        settings = Settings.open_in(tmp_path / "config")
        settings.language = "de"
        settings.sync()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "config").stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(settings.file_name).stat().st_mode) & 0o077 == 0


def test_qt_settings_are_redirected(private_qt_settings: Path) -> None:
    qt_project = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_project.fileName()).parent == private_qt_settings
    qt_project.setValue("FileDialog/history", "file:///home/someone/Client Folder")
    qt_project.sync()
    Settings.forget_file_dialog_history()
    assert not qt_project.contains("FileDialog/history")
