"""Shared pieces of the adversarial suite (T1–T17): canaries and the forms they may leak in, a
scanner for files written anywhere (including files SQLite unlinks right after opening them),
trial counts for the quick and the stress variants, and small process helpers."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from safecase.domain.name_folding import fold_text, name_key

STRESS_ENABLED = os.environ.get("SAFECASE_STRESS") == "1"
RecordSecurity = Callable[..., None]
REPORT_MODE = os.environ.get("SAFECASE_SECURITY_REPORT") == "1"

# A quick variant runs in `make test`; its stress twin (marked `stress`) in `make stress` and
# `make security-report`, which skips the quick twins (by their "quick-" id) so N counts once.
QUICK_ID = "quick-"
STRESS = [
    pytest.mark.stress,
    pytest.mark.skipif(not STRESS_ENABLED, reason="stress run: make stress (SAFECASE_STRESS=1)"),
    pytest.mark.timeout(1800),
]


def counts(quick: int, stress: int) -> list[object]:
    """Parametrize values for a trial count: the quick one, and the stress one."""
    return [
        pytest.param(quick, id=f"{QUICK_ID}{quick}"),
        pytest.param(stress, id=f"stress-{stress}", marks=STRESS),
    ]


# -- canaries --------------------------------------------------------------------------------------

_CYRILLIC = "бвгджзклмнпрстфхцчшщ"
_VOWELS = "аеиоуыэюя"


def cyrillic_canary(rng: random.Random | None = None) -> str:
    """A unique, pronounceable Cyrillic surname, e.g. 'Канарейкижумовичев'."""
    r = rng or random.Random(secrets.randbits(64))
    syllables = "".join(r.choice(_CYRILLIC) + r.choice(_VOWELS) for _ in range(5))
    return "Канарей" + syllables + "ов"


def latin_canary() -> str:
    return "qzcanary" + secrets.token_hex(6)


def _base64_cores(data: bytes) -> list[bytes]:
    """Base64 of `data` as it appears inside a longer base64 text, at all 3 alignments."""
    cores = []
    for shift in range(3):
        encoded = base64.b64encode(b"\x00" * shift + data)
        start = -(-8 * shift // 6)  # first character made only of the data's bits
        end = 8 * (shift + len(data)) // 6  # after it, characters depend on what follows
        cores.append(encoded[start:end])
    return [c for c in cores if len(c) >= 8]


def canary_forms(canary: str) -> dict[str, bytes]:
    """Every form the canary could take in a file: encodings, escapes, base64, folded spellings."""
    forms: dict[str, bytes] = {
        "utf-8": canary.encode("utf-8"),
        "utf-16-le": canary.encode("utf-16-le"),
        "utf-16-be": canary.encode("utf-16-be"),
        "utf-32-le": canary.encode("utf-32-le"),
        "json-escaped": json.dumps(canary)[1:-1].encode("ascii"),
        "json-escaped-upper": json.dumps(canary)[1:-1].replace("\\u", "\\U").upper().replace("\\U", "\\u").encode("ascii"),
        "qt-ini-escaped": "".join(c if ord(c) < 128 else f"\\x{ord(c):x}" for c in canary).encode("ascii"),
        "percent-encoded": "".join(c if ord(c) < 128 else "".join(f"%{b:02X}" for b in c.encode()) for c in canary).encode("ascii"),
        "folded": fold_text(canary).encode("utf-8"),
        "name-key": name_key(canary).encode("utf-8"),
        "lower": canary.lower().encode("utf-8"),
        "upper": canary.upper().encode("utf-8"),
    }  # fmt: skip
    for i, core in enumerate(_base64_cores(canary.encode("utf-8"))):
        forms[f"base64-utf8-{i}"] = core
    for i, core in enumerate(_base64_cores(canary.encode("utf-16-le"))):
        forms[f"base64-utf16-{i}"] = core
    return {name: form for name, form in forms.items() if len(form) >= 6}


def secret_forms(secret: bytes) -> dict[str, bytes]:
    """Forms key bytes or a passphrase may leak in: raw, hex (both cases), base64, SQL literal."""
    forms = {
        "raw": secret,
        "hex": secret.hex().encode(),
        "HEX": secret.hex().upper().encode(),
        "base64": base64.b64encode(secret).rstrip(b"="),
        "base64url": base64.urlsafe_b64encode(secret).rstrip(b"="),
    }
    for i, core in enumerate(_base64_cores(secret)):
        forms[f"base64-core-{i}"] = core
    return forms


# -- scanning ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    canary: str
    form: str


@dataclass
class ScanResult:
    files_scanned: int = 0
    bytes_scanned: int = 0
    hits: list[Hit] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


def _readable_files(roots: Iterable[Path], since: float, skip: tuple[Path, ...]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root in roots:
        if not root.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda _e: None):
            here = Path(dirpath)
            dirnames[:] = [d for d in dirnames if not any((here / d) == s for s in skip)]
            for name in filenames:
                path = here / name
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if not path.is_file() or path.is_symlink():
                    continue
                if max(info.st_mtime, info.st_ctime) < since:
                    continue
                if (info.st_dev, info.st_ino) in seen:
                    continue
                seen.add((info.st_dev, info.st_ino))
                yield path


def open_file_descriptors(pid: int | str = "self") -> list[Path]:
    """Regular files a process has open, deleted ones included (SQLite unlinks its temp files
    right after opening them, so a directory walk alone never sees a spill)."""
    fd_dir = Path(f"/proc/{pid}/fd")
    found = []
    try:
        entries = list(fd_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith("/") and not target.startswith(("/dev/", "/proc/", "/sys/")):
            found.append(entry)
    return found


def _describe(path: Path) -> str:
    """A /proc/self/fd entry is shown with what it points at ("… (deleted)" for a spill)."""
    if str(path).startswith("/proc/"):
        with contextlib.suppress(OSError):
            return f"{path} -> {os.readlink(path)}"
    return str(path)


def _read(path: Path, limit: int) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read(limit)
    except OSError:
        return None


def scan(
    canaries: dict[str, dict[str, bytes]],
    *,
    roots: Iterable[Path] = (),
    since: float = 0.0,
    skip: tuple[Path, ...] = (),
    open_files: bool = True,
    extra_files: Iterable[Path] = (),
    limit: int = 256 * 1024 * 1024,
) -> ScanResult:
    """Look for every form of every canary in files under `roots` changed since `since`, in the
    files this process has open (deleted or not), and in `extra_files`."""
    result = ScanResult()
    paths: list[Path] = list(_readable_files(roots, since, skip))
    if open_files:
        paths += open_file_descriptors()
    paths += list(extra_files)
    for path in paths:
        data = _read(path, limit)
        if data is None:
            continue
        result.files_scanned += 1
        result.bytes_scanned += len(data)
        result.paths.append(str(path))
        for canary, forms in canaries.items():
            for form_name, form in forms.items():
                if form in data:
                    result.hits.append(Hit(_describe(path), canary, form_name))
    return result


def default_scan_roots(*extra: Path) -> list[Path]:
    """HOME and XDG dirs (isolated per test), the temp dir, /dev/shm, the runtime dir, the cwd."""
    roots = [Path(os.environ["HOME"])]
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"):  # fmt: skip
        if os.environ.get(var):
            roots.append(Path(os.environ[var]))
    roots += [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path.cwd()]
    roots += list(extra)
    unique: list[Path] = []
    for root in roots:
        if root.exists() and root not in unique:
            unique.append(root)
    return unique


def scan_start() -> float:
    """A timestamp safely before the first write that follows (file times are coarse)."""
    start = time.time() - 2.0
    return start


# -- processes -----------------------------------------------------------------------------------


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def unshare_works(*flags: str) -> bool:
    if not have("unshare"):
        return False
    result = subprocess.run(
        ["unshare", *flags, "true"], capture_output=True, timeout=30, check=False
    )
    return result.returncode == 0


def python_env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).parent), str(Path(__file__).parent.parent), env.get("PYTHONPATH", "")]
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(overrides)
    return env


PYTHON = sys.executable
HERE = Path(__file__).parent
