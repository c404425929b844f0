"""What goes into a frozen SafeCase, shared by the Linux, Windows and macOS PyInstaller specs.

The specs (packaging/pyinstaller/safecase.spec, packaging/windows/safecase-windows.spec,
packaging/macos/safecase-macos.spec) differ only in their EXE/BUNDLE options; the inputs of the
analysis live here so the three platforms ship the same files:

- the two programs: `safecase` (GUI) and `safecase-cli`, sharing one `_internal/` folder;
- package data the wheel carries: everything under resources/ as `safecase/resources/`
  (icons, styles, rule packs, compiled translations) and the schema migrations as
  `safecase/storage/migrations/*.sql`, read at run time through importlib.resources;
- `holidays` country modules (imported lazily by name, invisible to PyInstaller's analysis) and
  their translated holiday names; `holidays` and `tzdata` metadata, so computed deadlines record
  the real versions of the data they used (safecase.domain.deadlines.provenance);
- Qt: QtCore/Gui/Widgets, QtSvg (icons), QtPdf + QtPdfWidgets (the in-app PDF viewer) and QtDBus
  (screen-lock and suspend signals), listed as hidden imports and collected with their plugins
  by PyInstaller's PySide6 hooks; then Qt plugins SafeCase never loads are pruned
  (EXCLUDED_QT_PLUGINS, prune_qt_plugins).

Network: SafeCase never uses the network. The Python binding PySide6.QtNetwork is excluded, and
with it the TLS and network-information plugins its hook would collect. The shared library
libQt6Network stays: libQt6Pdf links against it (QtPdf can read documents from network replies),
so the dynamic loader needs it even though SafeCase never calls it. The process-wide network guard
(safecase.process_hardening) still refuses any socket from Python.

This module is imported by the spec files, which PyInstaller executes with SPECPATH set. It uses
PyInstaller's hook utilities and `bindepend.get_imports` (to find what only pruned plugins need).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePath

from PyInstaller.depend.bindepend import get_imports
from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
RESOURCES = ROOT / "resources"
MIGRATIONS = SRC / "safecase" / "storage" / "migrations"
HERE = Path(__file__).resolve().parent
ENTRY_POINTS = HERE / "entry_points"
HOOKS = HERE / "hooks"
GUI_SCRIPT = str(ENTRY_POINTS / "safecase_gui.py")
CLI_SCRIPT = str(ENTRY_POINTS / "safecase_cli.py")
APP_ID = "org.safecase.SafeCase"
ICON_PNG = ROOT / "packaging/linux/icons/hicolor/256x256/apps/org.safecase.SafeCase.png"


def read_version() -> str:
    """safecase.__version__, read from the source without importing SafeCase."""
    text = (SRC / "safecase" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("no __version__ in src/safecase/__init__.py")
    return match.group(1)


VERSION = read_version()

# The Qt modules SafeCase uses, listed so a module imported only inside a function or a
# not-yet-wired view is still collected (with its plugins) by PyInstaller's PySide6 hooks.
QT_MODULES = [
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDBus",
]

# Python modules SafeCase never needs; several would drag in large Qt modules or the network.
# The standard library's network clients and TLS are reachable only through lazy imports inside
# the standard library (xml.sax.saxutils, asyncio, multiprocessing); leaving them out keeps
# libssl out of the bundle. `socket` stays: subprocess, uuid and the network guard use it.
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "icalendar.tests",
    "ssl",
    "_ssl",
    "urllib.request",
    "http.client",
    "http.cookiejar",
    "http.server",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtRemoteObjects",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
]


# Qt plugins PyInstaller's hooks collect that SafeCase never loads, as (plugin folder, name part);
# an empty name part drops the whole folder. Dropped with every library only they need:
# - platforms: vnc (a VNC *server*: a network listener), eglfs/linuxfb/minimalegl/vkkhrdisplay
#   (embedded targets without a window system); xcb, wayland, offscreen and minimal stay;
# - generic: evdev and TUIO input (TUIO listens on a UDP port); loaded only on request;
# - egldeviceintegrations: only for eglfs;
# - platforminputcontexts qtvirtualkeyboard: Qt's on-screen keyboard for kiosks, which pulls in
#   QtQml, QtQuick and libQt6Network (desktops bring their own on-screen keyboards; compose and
#   ibus input methods stay);
# - platformthemes gtk3: links the host's GTK stack (GTK itself is not bundled, but cairo, pango
#   and glib would be), a classic source of symbol clashes in frozen apps; Qt falls back to its
#   generic theme, and to the xdg-desktop-portal theme in sandboxes;
# - imageformats pdf: QImage reading PDFs; the PDF viewer uses QtPdf directly.
EXCLUDED_QT_PLUGINS = (
    ("platforms", "qvnc"),
    ("platforms", "qeglfs"),
    ("platforms", "qlinuxfb"),
    ("platforms", "qminimalegl"),
    ("platforms", "qvkkhrdisplay"),
    ("generic", ""),
    ("egldeviceintegrations", ""),
    ("platforminputcontexts", "qtvirtualkeyboard"),
    ("platformthemes", "qgtk3"),
    ("imageformats", "qpdf"),
)


def is_excluded_plugin(destination: str) -> bool:
    parts = PurePath(destination).parts
    if "plugins" not in parts[:-2]:
        return False
    folder = parts[parts.index("plugins") + 1]
    name = parts[-1]
    return any(folder == kind and part in name for kind, part in EXCLUDED_QT_PLUGINS)


def _closure(files: Iterable[str], known: dict[str, str]) -> set[str]:
    """Base names of every library reachable from `files` (sources), following link-time
    imports; libraries are looked up by base name in `known` (base name -> source)."""
    seen: set[str] = set()
    todo = list(files)
    while todo:
        for name, full in get_imports(todo.pop()):
            base = PurePath(name).name
            if base in seen:
                continue
            seen.add(base)
            source = known.get(base) or full
            if source:
                todo.append(source)
    return seen


TocEntry = tuple[str, str, str]  # (destination, source, type code), as PyInstaller lists files


def prune_qt_plugins(
    binaries: list[TocEntry], datas: list[TocEntry]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """(binaries, datas) without EXCLUDED_QT_PLUGINS and without the libraries (and their
    symlinks) that only those plugins needed. Nothing another kept binary links against goes."""
    dropped = [entry for entry in binaries if is_excluded_plugin(entry[0])]
    kept = [entry for entry in binaries if not is_excluded_plugin(entry[0])]
    known = {PurePath(dest).name: source for dest, source, _kind in kept}
    candidates = _closure((source for _dest, source, _kind in dropped), known)
    roots = [source for dest, source, _kind in kept if PurePath(dest).name not in candidates]
    unused = candidates - _closure(roots, known)
    binaries = [entry for entry in kept if PurePath(entry[0]).name not in unused]
    datas = [
        entry
        for entry in datas
        if not (entry[2] == "SYMLINK" and PurePath(entry[0]).name in unused)
    ]
    return binaries, datas


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for resources/ and the migrations."""
    datas: list[tuple[str, str]] = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if path.name == "__init__.py":
            continue  # the package module itself is collected as code (hidden import below)
        destination = Path("safecase", "resources", path.parent.relative_to(RESOURCES))
        datas.append((str(path), str(destination)))
    for sql in sorted(MIGRATIONS.glob("*.sql")):
        datas.append((str(sql), "safecase/storage/migrations"))
    return datas


def _is_gui_module(name: str) -> bool:
    return name == "safecase.app" or name.startswith("safecase.gui")


def analysis_inputs(*, gui: bool) -> dict[str, object]:
    """Keyword arguments for the Analysis() of the desktop app (gui=True) or of the CLI.

    Every SafeCase module is a hidden import, not only those reached by static imports: views
    are plugged in through factories (safecase.gui.views.view_registry), and a module wired
    in later must not silently go missing from the frozen app. The CLI's analysis leaves out
    the GUI modules, so it stays free of Qt (import-linter enforces the same in the source).
    """
    datas = resource_datas()
    datas += collect_data_files("holidays")  # .mo files with holiday names in many languages
    datas += copy_metadata("holidays")
    datas += copy_metadata("tzdata")
    own_modules = collect_submodules(
        "safecase",
        filter=lambda name: name != "safecase.__main__" and (gui or not _is_gui_module(name)),
    )
    hiddenimports = ["safecase.resources", *own_modules, *collect_submodules("holidays")]
    if gui:
        hiddenimports += QT_MODULES
    return {
        "pathex": [str(SRC)],
        "hookspath": [str(HOOKS)],
        "datas": datas,
        "hiddenimports": hiddenimports,
        "excludes": EXCLUDES if gui else [*EXCLUDES, "PySide6", "shiboken6"],
        "noarchive": False,
    }
