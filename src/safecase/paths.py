"""Where SafeCase keeps things on this computer: directories 0700, files 0600.

Only locations and no case data: the vault directory holds nothing but encrypted files, and the
config directory holds settings that are safe to read before unlock.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "SafeCase"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
