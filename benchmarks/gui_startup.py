"""GUI startup benchmark on a vault of 10,000 people (plus cases, deadlines and flags).

Two figures, each measured in fresh processes (``--runs`` times, interleaved; median with
min–max), against the targets of issue 4:

- **launch → unlock window painted** (target ≤ 1.5 s): from just before the child process is
  started to the unlock window's first paint event. Includes the interpreter, the imports,
  the QApplication, the style sheet and the window.
- **unlock → dashboard painted** (target ≤ 0.5 s, after the KDF): from the moment the key
  derivation returns (the KDF itself is excluded: it is calibrated to ~1 s on purpose) to the
  first paint of the dashboard showing its deadlines and flags — opening the store,
  building the main window and all sections, and the dashboard's background query. The
  vault file's pages are dropped from the OS cache before each run (``posix_fadvise``).

Run: ``.venv/bin/python benchmarks/gui_startup.py [--vault DIR] [--runs 7]``. Without
``--vault`` a vault is built once in a temporary directory (about a minute) and reused with
``--keep``. Uses the display in $DISPLAY, or offscreen when there is none. All names are
generated and fictional.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from safecase.crypto import keyslots
from safecase.crypto.kdf import KdfParams
from safecase.domain import records as r
from safecase.domain.clock import SystemClock
from safecase.gui.application import Application
from safecase.gui.session_controller import SessionController
from safecase.gui.settings import Settings
from safecase.gui.views.default_views import default_view_registry
from safecase.gui.views.records_views import install_records_views
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

PASSPHRASE = "benchmark passphrase, fictional data only"  # noqa: S105 - throwaway vault
PEOPLE = 10_000
CASES = 1_000
DEADLINES = 2_000
FLAGGED_EVERY = 50
TARGET_LAUNCH_S = 1.5
TARGET_UNLOCK_S = 0.5
CHILD_TIMEOUT_S = 120

FIRST = [
    ("Ержан", "Yerzhan"), ("Нурлан", "Nurlan"), ("Асель", "Assel"), ("Гульнара", "Gulnara"),
    ("Айгерим", "Aigerim"), ("Бахтиёр", "Bakhtiyor"), ("Шавкат", "Shavkat"),
    ("Дильноза", "Dilnoza"), ("Жасур", "Jasur"), ("Алишер", "Alisher"), ("Зарина", "Zarina"),
    ("Мадина", "Madina"), ("Тимур", "Timur"), ("Рустам", "Rustam"), ("Ильяс", "Ilyas"),
]  # fmt: skip
LAST = [("Жаксылыков", "Zhaksylykov"), ("Абдуллаев", "Abdullaev"), ("Каримов", "Karimov"),
        ("Назарбекова", "Nazarbekova"), ("Юсупов", "Yusupov"), ("Ибрагимова", "Ibragimova"),
        ("Садыков", "Sadykov"), ("Турсунова", "Tursunova"), ("Рахимов", "Rakhimov"),
        ("Ахмедова", "Akhmedova"), ("Исмаилов", "Ismailov"), ("Омарова", "Omarova")]  # fmt: skip


# -- building the vault -----------------------------------------------------------------------


def build_vault(root: Path) -> None:
    rng = random.Random(4)
    kdf = KdfParams(memory_kib=64 * 1024, time_cost=3, lanes=1)
    vault, _recovery = vault_service.create(root, bytearray(PASSPHRASE.encode()), kdf=kdf)
    records = RecordsService(vault.conn)
    today = datetime.now(UTC).date()
    started = time.perf_counter()
    vault.conn.execute("BEGIN IMMEDIATE")
    people = []
    for i in range(PEOPLE):
        (first_c, first_l), (last_c, last_l) = rng.choice(FIRST), rng.choice(LAST)
        flags = [r.Flag("detained", "extradition request")] if i % FLAGGED_EVERY == 0 else []
        person = r.Person(
            name=f"{first_c} {last_c} {i}",
            other_names=[r.OtherName(f"{first_l} {last_l} {i}", "Latn", "", "transliteration")],
            country=rng.choice(["PL", "DE", "LT", "KZ"]),
            risk=rng.choice(list(r.Risk)),
            flags=flags,
            summary="Fictional person generated for the GUI benchmark.",
        )
        records.create(person)
        people.append(person.id)
    cases = []
    for i in range(CASES):
        case = r.Case(title=f"Fictional case {i}", kind=rng.choice(list(r.CaseKind)),
                      references=[f"REF-{i:05d}/24"], opened="2024-01-10")  # fmt: skip
        records.create(case)
        records.link(rng.choice(people), case.id, "applicant")
        cases.append(case.id)
    for i in range(DEADLINES):
        due = today + timedelta(days=rng.randint(-10, 120))
        records.create(
            r.Deadline(
                title=f"Fictional deadline {i}",
                due=due.isoformat(),
                tz="Europe/Warsaw",
                case_id=rng.choice(cases),
                reminders=["P7D"],
            )
        )
    vault.conn.execute("COMMIT")
    vault.close()
    sys.stdout.write(
        f"built {PEOPLE} people, {CASES} cases, {DEADLINES} deadlines "
        f"in {time.perf_counter() - started:.1f} s\n"
    )


# -- the child process ------------------------------------------------------------------------


def child(mode: str, vault_dir: Path, config_dir: Path) -> None:
    """Start SafeCase as app.py does (with the records views), report monotonic times."""
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def __init__(self, name: str, done: object) -> None:
            super().__init__()
            self.name, self.done, self.armed = name, done, True

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # Qt override
            if self.armed and event.type() == QEvent.Type.Paint:
                self.armed = False
                marks[self.name] = time.monotonic()
                QTimer.singleShot(0, self.done)  # type: ignore[arg-type]
            return False

    config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    Application.set_identity()
    Settings.redirect_qt_settings(config_dir)
    settings = Settings.open_in(config_dir)
    app = Application([sys.argv[0]])
    app.load_translations(settings.language)
    registry = default_view_registry()
    install_records_views(registry)
    controller = SessionController(
        app, settings, clock=SystemClock(), registry=registry, vault_dir=vault_dir
    )

    def finish() -> None:
        sys.stdout.write(json.dumps(marks) + "\n")
        sys.stdout.flush()
        controller.quit()

    filters: list[FirstPaint] = []
    if mode == "launch":
        controller.start(listen=False)
        window = controller.unlock_window
        assert window is not None
        paint = FirstPaint("unlock_painted", finish)
        window.installEventFilter(paint)
        filters.append(paint)
    else:
        real_derive = keyslots.derive

        def timed_derive(*args: object, **kwargs: object) -> bytearray:
            key = real_derive(*args, **kwargs)  # type: ignore[arg-type]
            marks["kdf_done"] = time.monotonic()
            return key

        keyslots.derive = timed_derive  # type: ignore[assignment]

        def on_vault_unlocked() -> None:
            marks["vault_open"] = time.monotonic()

        def on_main_window_built(_vault: object) -> None:
            # Connected after the session controller's own slot: the sections exist now.
            main = controller.main_window
            assert main is not None
            dashboard = main.pages["dashboard"]
            marks["sections_built"] = time.monotonic()
            paint = FirstPaint("dashboard_painted", finish)
            filters.append(paint)

            def on_snapshot() -> None:
                marks["dashboard_data"] = time.monotonic()
                dashboard.installEventFilter(paint)
                dashboard.update()

            if getattr(dashboard, "snapshot", None) is not None:
                on_snapshot()
            else:
                dashboard.snapshot_shown.connect(on_snapshot)  # type: ignore[attr-defined]

        controller.lock.vault_unlocked.connect(on_vault_unlocked)
        controller.start(listen=False)
        window = controller.unlock_window
        assert window is not None
        window.unlocked.connect(on_main_window_built)
        window.passphrase.setText(PASSPHRASE)
        QTimer.singleShot(50, window.submit)
    QTimer.singleShot(CHILD_TIMEOUT_S * 1000, finish)
    app.exec()


# -- measuring --------------------------------------------------------------------------------


def drop_cache(vault_dir: Path) -> None:
    for path in vault_dir.iterdir():
        if path.is_file():
            with path.open("rb") as f:
                os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def run_child(mode: str, vault_dir: Path, work: Path) -> dict[str, float]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="home-", dir=work))
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    if mode == "unlock":
        drop_cache(vault_dir)
    command = [sys.executable, __file__, "--child", mode, "--vault", str(vault_dir),
               "--config", str(home / ".config" / "SafeCase")]  # fmt: skip
    started = time.monotonic()
    out = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S + 30, check=True
    ).stdout
    marks: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return {"start": started, **marks}


def summary(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:7.0f} ms "
        f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help="reuse this benchmark vault")
    parser.add_argument("--keep", action="store_true", help="keep the vault built here")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("launch", "unlock"), help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vault, args.config)
        return
    work = Path(tempfile.mkdtemp(prefix="safecase-gui-bench-"))
    vault_dir = args.vault or work / "vault"
    if args.vault is None:
        build_vault(vault_dir)
        if args.keep:
            sys.stdout.write(f"vault kept at {vault_dir} (passphrase: {PASSPHRASE!r})\n")
    launch: list[float] = []
    unlock: list[float] = []
    opening: list[float] = []
    sections: list[float] = []
    data: list[float] = []
    run_child("launch", vault_dir, work)  # warm-up, not counted
    for _ in range(max(5, args.runs)):
        marks = run_child("launch", vault_dir, work)
        launch.append(marks["unlock_painted"] - marks["start"])
        marks = run_child("unlock", vault_dir, work)
        unlock.append(marks["dashboard_painted"] - marks["kdf_done"])
        opening.append(marks["vault_open"] - marks["kdf_done"])
        sections.append(marks["sections_built"] - marks["vault_open"])
        data.append(marks["dashboard_data"] - marks["sections_built"])
    platform = (
        "offscreen" if not os.environ.get("DISPLAY") else f"X display {os.environ['DISPLAY']}"
    )
    sys.stdout.write(
        f"\nSafeCase GUI startup, {PEOPLE} people / {CASES} cases / {DEADLINES} deadlines, "
        f"{len(launch)} runs each, {platform}\n"
        f"  launch → unlock window painted   {summary(launch)}   target ≤ {TARGET_LAUNCH_S} s\n"
        f"  unlock → dashboard painted       {summary(unlock)}   target ≤ {TARGET_UNLOCK_S} s"
        " (after the KDF)\n"
        f"    of which: open the store        {summary(opening)}\n"
        f"              build the sections    {summary(sections)}\n"
        f"              dashboard query       {summary(data)}\n"
    )


if __name__ == "__main__":
    main()
