"""Packaging: the wheel carries what the app reads at run time, a fresh install works, and the
Linux desktop metadata, icons, Flatpak manifest and installer scripts keep their promises
(one app id, no network permission, per-user install).

The wheel is built once per session from a copy of the source tree in a temporary directory,
so no build/ or *.egg-info is left in the checkout. Building needs setuptools>=77 from the
package index (pip's build isolation); without an index the wheel tests skip, except under CI.
The fresh-venv install takes about 20 s here, so it runs in `make test`.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

import safecase

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.safecase.SafeCase"
HOMEPAGE = "https://safecase.org"
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
FAST_KDF = "1024,1,1"
# What the source-tree copy needs to build a wheel exactly like `pip wheel .` in the checkout.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "src", "resources")
OPTIONAL_BUILD_INPUTS = ("LICENSE", "COPYING", "MANIFEST.in")

# The tests run with a throwaway HOME (tests/conftest.py); pip keeps using the developer's cache,
# read here before any test changes HOME, so the fresh install does not download Qt every run.
PIP_CACHE_DIR = os.environ.get("PIP_CACHE_DIR") or str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pip"
)


def _missing(what: str) -> NoReturn:
    """Skip when a tool or the package index is missing, but fail under CI (make system-deps)."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required under CI (make system-deps)")
    pytest.skip(f"{what} is not available")


def _run(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ if env is None else env)
    environment.setdefault("PIP_CACHE_DIR", PIP_CACHE_DIR)
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - files of this repository, not untrusted input


def _resource_files() -> list[Path]:
    return sorted(
        path.relative_to(ROOT / "resources")
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def _migrations() -> list[Path]:
    return sorted((ROOT / "src" / "safecase" / "storage" / "migrations").glob("*.sql"))


# --- the wheel ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in BUILD_INPUTS + OPTIONAL_BUILD_INPUTS:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=ignore)
        elif origin.is_file():
            shutil.copy2(origin, source / name)
    out = tmp_path_factory.mktemp("wheel")
    result = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source, cwd=source
    )
    if result.returncode != 0:
        if "No matching distribution found" in result.stderr:
            _missing("the package index (pip needs setuptools>=77 to build the wheel)")
        pytest.fail(f"pip wheel failed:\n{result.stdout}\n{result.stderr}")
    (built,) = out.glob("safecase-*.whl")
    return built


@pytest.fixture(scope="session")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _dist_info_text(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (member,) = (n for n in archive.namelist() if n.endswith(f".dist-info/{name}"))
        return archive.read(member).decode("utf-8")


@pytest.mark.slow
def test_wheel_carries_every_resource(wheel_names: set[str]) -> None:
    files = _resource_files()
    assert any(path.parts[0] == "rules" and path.suffix == ".toml" for path in files)
    missing = [
        str(path) for path in files if f"safecase/resources/{path.as_posix()}" not in wheel_names
    ]
    assert missing == []


@pytest.mark.slow
def test_wheel_carries_icons_styles_and_rule_packs(wheel_names: set[str]) -> None:
    for kind, suffix in (("icons", ".svg"), ("styles", ".qss"), ("rules", ".toml")):
        assert any(
            name.startswith(f"safecase/resources/{kind}/") and name.endswith(suffix)
            for name in wheel_names
        ), kind


@pytest.mark.slow
def test_wheel_carries_compiled_translations_when_present(wheel_names: set[str]) -> None:
    compiled = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    for qm in compiled:
        assert f"safecase/resources/translations/{qm.name}" in wheel_names


@pytest.mark.slow
def test_wheel_carries_every_migration(wheel_names: set[str]) -> None:
    migrations = _migrations()
    assert migrations
    for sql in migrations:
        assert f"safecase/storage/migrations/{sql.name}" in wheel_names


@pytest.mark.slow
def test_wheel_holds_no_build_leftovers(wheel_names: set[str]) -> None:
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    assert not [n for n in wheel_names if n.split("/")[0] in {"tests", "resources", "build"}]


@pytest.mark.slow
def test_wheel_declares_both_entry_points(wheel: Path) -> None:
    entry_points = configparser.ConfigParser()
    entry_points.read_string(_dist_info_text(wheel, "entry_points.txt"))
    assert dict(entry_points["console_scripts"]) == {"safecase-cli": "safecase.cli:main"}
    assert dict(entry_points["gui_scripts"]) == {"safecase": "safecase.app:main"}


@pytest.mark.slow
def test_versions_agree(wheel: Path) -> None:
    """pyproject.toml, safecase.__version__, the wheel and the AppStream release say the same."""
    metadata = _dist_info_text(wheel, "METADATA")
    (wheel_version,) = re.findall(r"^Version: (.+)$", metadata, re.MULTILINE)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    releases = [r.get("version") for r in _xml(METAINFO).iter("release")]
    assert wheel_version == project["version"] == safecase.__version__
    assert safecase.__version__ in releases


# --- a fresh install, outside the checkout ------------------------------------------------


@pytest.fixture(scope="session")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(target)
    python = target / "bin" / "python"
    result = _run(python, "-m", "pip", "install", "--quiet", wheel, cwd=target.parent, timeout=900)
    if result.returncode != 0:
        if "No matching distribution found" in result.stderr:
            _missing("the package index (the wheel's dependencies)")
        pytest.fail(f"pip install failed:\n{result.stdout}\n{result.stderr}")
    return target


@pytest.fixture
def outside(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """A working directory away from the checkout and an environment without its sources."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    yield tmp_path, env


@pytest.mark.slow
def test_fresh_install_runs_the_app(fresh_venv: Path, outside: tuple[Path, dict[str, str]]) -> None:
    cwd, env = outside
    bin_dir = fresh_venv / "bin"
    version = _run(bin_dir / "safecase", "--version", cwd=cwd, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"SafeCase {safecase.__version__}"
    # Resources must come from the installed wheel, never from this checkout.
    where = _run(
        bin_dir / "python",
        "-c",
        "import importlib.resources as r; print(r.files('safecase.resources'))",
        cwd=cwd,
        env=env,
    )
    assert where.returncode == 0, where.stderr
    assert str(fresh_venv) in where.stdout and str(ROOT) not in where.stdout
    self_test = _run(bin_dir / "safecase", "--self-test", cwd=cwd, env=env, timeout=120)
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert "self-test ok" in self_test.stdout


@pytest.mark.slow
def test_fresh_install_runs_the_cli(fresh_venv: Path, outside: tuple[Path, dict[str, str]]) -> None:
    cwd, env = outside
    cli = fresh_venv / "bin" / "safecase-cli"
    help_text = _run(cli, "--help", cwd=cwd, env=env)
    assert help_text.returncode == 0, help_text.stderr
    assert "usage: safecase-cli" in help_text.stdout
    rules = _run(cli, "rules", "list", cwd=cwd, env=env)
    assert rules.returncode == 0, rules.stderr
    assert len(rules.stdout.splitlines()) > 5  # the core pack, read from the wheel
    passphrase = cwd / "passphrase"
    passphrase.write_text("a packaging test passphrase\n", encoding="utf-8")
    vault = cwd / "vault"
    init = _run(
        cli, "--vault", vault, "init", "--kdf-params", FAST_KDF, "--passphrase-file", passphrase,
        cwd=cwd, env=env,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    check = _run(cli, "--vault", vault, "check", "--passphrase-file", passphrase, cwd=cwd, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "The vault is healthy." in check.stdout


# --- Linux desktop integration -------------------------------------------------------------


def _desktop_entry() -> dict[str, str]:
    entries: dict[str, str] = {}
    group = None
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "Desktop Entry" and not line.startswith("#"):
            key, value = line.split("=", 1)
            entries[key] = value
    return entries


def test_desktop_file_names_the_app_id_and_the_installed_command() -> None:
    entry = _desktop_entry()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in project["gui-scripts"]
    assert entry["Terminal"] == "false"
    # WM_CLASS's class part is QCoreApplication.applicationName (gui/application.py).
    assert entry["StartupWMClass"] == "SafeCase"


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        _missing("desktop-file-validate (apt: desktop-file-utils)")
    result = _run(tool, DESKTOP_FILE, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_names_the_app_id_and_https_urls() -> None:
    root = _xml(METAINFO)
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("url[@type='homepage']") == HOMEPAGE
    images = [image.text or "" for image in root.iter("image")]
    assert images
    for url in [*images, *(u.text or "" for u in root.iter("url"))]:
        assert url.startswith(HOMEPAGE), url
    binaries = {b.text for b in root.iter("binary")}
    assert binaries == {"safecase", "safecase-cli"}


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        _missing("appstreamcli (apt: appstream)")
    result = _run(tool, "validate", "--no-net", METAINFO, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


@pytest.mark.parametrize("size", ICON_SIZES)
def test_rendered_icon_exists_with_its_size(size: int) -> None:
    png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png.is_file(), "run `make icons`"
    assert _png_size(png) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes(), (
        "run `make icons`"
    )


# --- Flatpak --------------------------------------------------------------------------------


def _finish_args(manifest: str) -> list[str]:
    """The items of the top-level `finish-args:` list (a regex, no YAML parser needed)."""
    block = re.search(r"^finish-args:[ \t]*\n((?:[ \t]+(?:-.*|#.*)?\n|\n)*)", manifest, re.M)
    assert block is not None, "no finish-args"
    return re.findall(r"^[ \t]+-[ \t]*['\"]?([^'\"\s#]+)", block.group(1), re.MULTILINE)


def test_flatpak_has_the_app_id_and_no_network() -> None:
    manifest = FLATPAK.read_text(encoding="utf-8")
    ids = re.findall(r"^(?:app-)?id:[ \t]*['\"]?([\w.]+)", manifest, re.MULTILINE)
    assert ids == [APP_ID]
    assert re.search(r"^command:[ \t]*safecase[ \t]*$", manifest, re.MULTILINE)
    args = _finish_args(manifest)
    assert "--socket=wayland" in args
    assert not [a for a in args if a.startswith("--share=network") or "network" in a.lower()]
    assert not [a for a in args if re.match(r"--filesystem=(home|host)", a)]
    assert not [a for a in args if a.startswith(("--device=all", "--socket=session-bus"))]
    # Nor at build time: Flathub builds offline from pinned sources.
    code = "\n".join(line.split("#", 1)[0] for line in manifest.splitlines())
    assert "--share=network" not in code


def test_finish_args_check_sees_a_network_permission() -> None:
    """The regex check above must catch the permission it exists to forbid."""
    sample = "id: x\nfinish-args:\n  - --socket=wayland\n  # comment\n  - '--share=network'\nmodules: []\n"
    assert _finish_args(sample) == ["--socket=wayland", "--share=network"]


# --- PyInstaller, Windows and macOS --------------------------------------------------------


def test_frozen_app_collects_every_resource_and_migration() -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller is installed by `make package-linux`")
    sys.path.insert(0, str(PACKAGING / "pyinstaller"))
    try:
        import safecase_bundle
    finally:
        sys.path.remove(str(PACKAGING / "pyinstaller"))
    collected = {
        (Path(destination) / Path(source).name).as_posix()
        for source, destination in safecase_bundle.resource_datas()
    }
    expected = {f"safecase/resources/{p.as_posix()}" for p in _resource_files()}
    expected -= {"safecase/resources/__init__.py"}  # collected as a module
    expected |= {f"safecase/storage/migrations/{sql.name}" for sql in _migrations()}
    assert collected == expected
    assert "PySide6.QtNetwork" in safecase_bundle.EXCLUDES
    assert safecase_bundle.is_excluded_plugin("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not safecase_bundle.is_excluded_plugin("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert safecase.__version__ == safecase_bundle.VERSION


def test_windows_installer_is_per_user_and_offline() -> None:
    script = (PACKAGING / "windows" / "safecase.iss").read_text(encoding="utf-8")
    code = [line for line in script.splitlines() if not line.lstrip().startswith(";")]
    assert "PrivilegesRequired=lowest" in code
    assert not [line for line in code if re.search(r"https?://|Download", line, re.IGNORECASE)]
    assert not [line for line in code if line.startswith("PrivilegesRequiredOverridesAllowed")]
    assert "[UninstallDelete]" not in code  # the vault and backups are never removed


def test_macos_entitlements_grant_nothing() -> None:
    entitlements = _xml(PACKAGING / "macos" / "entitlements.plist").find("dict")
    assert entitlements is not None
    assert len(entitlements) == 0
