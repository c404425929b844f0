"""Composition root of the desktop app: harden the process, set up logging and Qt's settings
location, build the application and the session controller, run.

Order matters and is the point of this module:
1. process hardening (umask 077, no core dumps, not dumpable, network guard) — before anything
   opens a file or a window (`safecase.process_hardening`, documented there);
2. logging to stderr only, with fixed messages: never record data, paths or exception text;
3. Qt's identity (organisation and application names) and every QSettings path redirected to
   SafeCase's own config directory — before any QSettings or file dialog exists, so nothing
   lands in ~/.config/QtProject.conf;
4. the GUI.

`--self-test` runs a headless check for packaging (offscreen: throwaway vault with fast KDF,
unlock through the real unlock window, lock) and prints "self-test ok".
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from safecase import __version__
from safecase.process_hardening import harden_process

log = logging.getLogger("safecase")

SELF_TEST_PASSPHRASE = "self test passphrase for packaging checks"  # noqa: S105 - throwaway vault
SELF_TEST_TIMEOUT_MS = 30_000
# Python only runs signal handlers between bytecodes; a light timer lets SIGTERM through.
SIGNAL_POLL_MS = 500
ICON_NAMES = (
    "app",
    "lock",
    "dashboard",
    "people",
    "case",
    "contact",
    "deadline",
    "note",
    "search",
    "bin",
)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="safecase", description="SafeCase: an encrypted case and deadline tracker."
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="run a headless check of the installation"
    )
    parser.add_argument("--vault", type=Path, metavar="DIR", help="use the vault in DIR")
    parser.add_argument("--debug", action="store_true", help="log debugging details to stderr")
    return parser.parse_known_args(argv)


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # Where it happened, but not the message: exception text can carry user data.
    frames = "".join(traceback.format_tb(tb))
    log.critical("uncaught %s\n%s", kind.__name__, frames)


def _configure_logging(debug: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    sys.excepthook = _log_uncaught


def _install_qt_message_handler(debug: bool) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: PLC0415

    qt_log = logging.getLogger("safecase.qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # Qt messages can quote file paths, so their text is kept only when debugging, or when
        # Qt is about to abort (a missing platform plugin must be diagnosable).
        category = context.category or "default"
        if kind == QtMsgType.QtFatalMsg:
            qt_log.critical("Qt fatal (%s): %s", category, message)
        elif debug:
            qt_log.debug("Qt %s (%s): %s", kind.name, category, message)

    qInstallMessageHandler(handler)


def _prepare_qt(config_dir: Path, *, debug: bool = False) -> None:
    from safecase.gui.application import Application  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.settings import Settings  # noqa: PLC0415 - Qt loads after hardening

    config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    Application.set_identity()
    Settings.redirect_qt_settings(config_dir)
    _install_qt_message_handler(debug)


def _run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - Qt loads after hardening

    from safecase import paths  # noqa: PLC0415 - Qt loads after hardening
    from safecase.domain.clock import SystemClock  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.application import Application  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.session_controller import SessionController  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.settings import Settings  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.views.default_views import default_view_registry  # noqa: PLC0415
    from safecase.gui.views.records_views import install_records_views  # noqa: PLC0415

    config_dir = paths.config_dir()
    _prepare_qt(config_dir, debug=args.debug)
    settings = Settings.open_in(config_dir)
    app = Application([sys.argv[0], *qt_args])
    app.load_translations(settings.language)
    registry = default_view_registry()
    install_records_views(registry)
    controller = SessionController(
        app, settings, clock=SystemClock(), vault_dir=args.vault, registry=registry
    )

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, controller.quit)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
    poll = QTimer(app)
    poll.timeout.connect(lambda: None)  # runs Python briefly, so pending signal handlers run
    poll.start(SIGNAL_POLL_MS)
    controller.start()
    return int(app.exec())


def _self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="safecase-self-test-") as tmp:
        try:
            _self_test_in(Path(tmp))
        except Exception as exc:
            _say(f"self-test FAILED: {type(exc).__name__}: {exc}\n")
            return 1
    _say("self-test ok\n")
    return 0


def _say(text: str) -> None:
    # A windowed Windows executable has no stdout at all.
    if sys.stdout is not None:
        sys.stdout.write(text)


class SelfTestFailed(RuntimeError):
    pass


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def _self_test_in(tmp: Path) -> None:
    from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: PLC0415 - Qt loads after hardening

    from safecase.domain.clock import SystemClock  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.application import Application, stylesheet_text  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.session_controller import SessionController  # noqa: PLC0415 - Qt loads after hardening
    from safecase.gui.settings import Settings  # noqa: PLC0415 - Qt loads after hardening
    from safecase.services import vault as vault_service  # noqa: PLC0415 - Qt loads after hardening

    fast_kdf = vault_service.KdfParams(memory_kib=1024, time_cost=1, lanes=1)
    _prepare_qt(tmp / "config")
    settings = Settings.open_in(tmp / "config")
    app = Application([sys.argv[0]])
    _check(bool(stylesheet_text().strip()), "style sheets missing")
    for name in ICON_NAMES:
        _check(not app.icons.pixmap(name, QSize(32, 32)).isNull(), f"icon {name} missing")
    vault_dir = tmp / "vault"
    vault, _recovery = vault_service.create(
        vault_dir, vault_service.passphrase_bytes(SELF_TEST_PASSPHRASE), kdf=fast_kdf
    )
    vault.close()
    controller = SessionController(app, settings, clock=SystemClock(), vault_dir=vault_dir)
    controller.start(listen=False)
    window = controller.unlock_window
    if window is None or not window.isVisible():
        raise SelfTestFailed("unlock window not shown")
    _check(window.windowTitle() == "SafeCase", "unlock window title")
    window.passphrase.setText(SELF_TEST_PASSPHRASE)
    loop = QEventLoop()
    controller.lock.vault_unlocked.connect(loop.quit)
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, loop.quit)
    window.submit()
    loop.exec()
    main_window = controller.main_window
    _check(controller.lock.vault is not None, "unlock did not finish")
    if main_window is None or not main_window.isVisible():
        raise SelfTestFailed("main window not shown")
    _check(len(main_window.pages) == 7, "sections missing")
    controller.lock.lock()
    _check(controller.lock.vault is None, "lock did not close the vault")
    _check(not main_window.isVisible() and not main_window.pages, "main window kept pages")
    _check(window.isVisible(), "unlock window not shown after lock")
    controller.shutdown()


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    if args.version:
        _say(f"SafeCase {__version__}\n")
        return 0
    args.debug = bool(args.debug or os.environ.get("SAFECASE_DEBUG") == "1")
    _configure_logging(args.debug)
    if args.self_test:
        return _self_test()
    return _run_gui(args, qt_args)
