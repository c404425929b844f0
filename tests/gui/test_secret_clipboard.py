"""Copies are marked secret, cleared after the timeout (driven by hand), and only if ours."""

from __future__ import annotations

from PySide6.QtGui import QClipboard
from pytestqt.qtbot import QtBot

from safecase.gui.application import Application
from safecase.gui.widgets.secret_clipboard import (
    CLEAR_AFTER_MS,
    KDE_SECRET_HINT,
    SECRET_FORMATS,
    SecretClipboard,
)


def _text(app: Application) -> str:
    return app.clipboard().text(QClipboard.Mode.Clipboard)


def test_copy_is_marked_secret_for_every_platform(
    app: Application, clipboard: SecretClipboard
) -> None:
    clipboard.copy("canary-copied-text")
    mime = app.clipboard().mimeData()
    assert mime is not None
    assert mime.text() == "canary-copied-text"
    assert bytes(mime.data(KDE_SECRET_HINT).data()) == b"secret"
    for fmt in SECRET_FORMATS:
        assert mime.hasFormat(fmt), fmt
    assert clipboard.holds_our_copy


def test_cleared_after_the_timeout(
    qtbot: QtBot, app: Application, clipboard: SecretClipboard
) -> None:
    clipboard.copy("canary-copied-text")
    timer = clipboard.clear_timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == CLEAR_AFTER_MS == 30_000
    with qtbot.waitSignal(clipboard.cleared, timeout=1000):
        timer.timeout.emit()  # the 30 s pass, deterministically
    assert _text(app) == ""
    assert not clipboard.holds_our_copy


def test_not_cleared_when_the_user_copied_something_else(
    app: Application, clipboard: SecretClipboard
) -> None:
    clipboard.copy("canary-copied-text")
    app.clipboard().setText("the user's own text")
    clipboard.clear_timer.timeout.emit()
    assert _text(app) == "the user's own text"


def test_clear_if_ours_is_idempotent(app: Application, clipboard: SecretClipboard) -> None:
    assert not clipboard.clear_if_ours()
    clipboard.copy("canary")
    assert clipboard.clear_if_ours()
    assert not clipboard.clear_if_ours()
    assert not clipboard.clear_timer.isActive()


def test_no_copy_of_the_text_is_kept(clipboard: SecretClipboard) -> None:
    clipboard.copy("canary-kept?")
    assert all("canary" not in repr(value) for value in vars(clipboard).values())
