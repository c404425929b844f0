"""Which versions of the outside data a computation used: `holidays` and the tz database.

Recorded with every computation, so a date can be explained (and re-checked) later. zoneinfo
reads the system tz database first (TZPATH) and only falls back to the `tzdata` package, so we
report the source that actually resolves a zone, not merely what is installed.
"""

from __future__ import annotations

import zoneinfo
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import holidays


@lru_cache(maxsize=1)
def holidays_version() -> str:
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # vendored or frozen build
        return str(getattr(holidays, "__version__", "unknown"))


@lru_cache(maxsize=1)
def tzdata_package_version() -> str | None:
    try:
        return metadata.version("tzdata")
    except metadata.PackageNotFoundError:
        return None


def _system_tz_version(root: Path) -> str:
    try:
        with (root / "tzdata.zi").open(encoding="ascii", errors="replace") as handle:
            first = handle.readline().strip()
    except OSError:
        return "version unknown"
    return first.removeprefix("# ").strip() or "version unknown"


@lru_cache(maxsize=64)
def tz_source(zone: str) -> str:
    """Human-readable description of where `zone` is read from, with its version."""
    package = tzdata_package_version()
    for entry in zoneinfo.TZPATH:
        root = Path(entry)
        if (root / zone).is_file():
            text = f"system tz database {root} ({_system_tz_version(root)})"
            if package is not None:
                text += f"; tzdata package {package} installed as fallback"
            return text
    if package is not None:
        return f"tzdata package {package}"
    return f"no tz database found (zoneinfo.TZPATH={zoneinfo.TZPATH})"
