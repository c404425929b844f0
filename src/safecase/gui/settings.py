"""The few preferences SafeCase keeps outside the vault, as a typed wrapper over QSettings.

Rule carried here: this file is readable before unlock, so it holds ONLY window geometry, the
interface language, the vault location and lock preferences — never anything from records,
never search terms, never recently opened items. `ALLOWED_KEYS` is the whole list; tests check
the file on disk holds nothing else.

Qt itself also writes settings (the non-native file dialog remembers visited folders in
`QtProject.conf`). `redirect_qt_settings` moves every QSettings location into SafeCase's own
config directory, and `forget_file_dialog_history` wipes what the file dialog remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_LOCK_MIN = 5
MIN_IDLE_LOCK_MIN = 1
MAX_IDLE_LOCK_MIN = 240

_VAULT_PATH = "vault/path"
_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_IDLE_MIN = "lock/idle_minutes"
_ON_MINIMISE = "lock/on_minimise"
_ON_SCREEN_LOCK = "lock/on_screen_lock"
_BEFORE_SLEEP = "lock/before_sleep"


class Settings:
    FILE_NAME = "settings.ini"
    ALLOWED_KEYS = frozenset(
        {
            _VAULT_PATH,
            _LANGUAGE,
            _GEOMETRY,
            _STATE,
            _IDLE_MIN,
            _ON_MINIMISE,
            _ON_SCREEN_LOCK,
            _BEFORE_SLEEP,
        }
    )

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def open_in(cls, config_dir: Path) -> Settings:
        config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return cls(QSettings(str(config_dir / cls.FILE_NAME), QSettings.Format.IniFormat))

    @staticmethod
    def redirect_qt_settings(config_dir: Path) -> None:
        """Point every QSettings format and scope at `config_dir`. Call before the
        application object and before any QSettings or file dialog exists."""
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(fmt, scope, str(config_dir))

    @staticmethod
    def forget_file_dialog_history() -> None:
        """Remove the folders Qt's file dialog remembered (they can name a client or case)."""
        qt_project = QSettings(QSettings.Scope.UserScope, "QtProject")
        qt_project.remove("FileDialog")
        qt_project.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    def keys(self) -> list[str]:
        return list(self._q.allKeys())

    # -- vault location ---------------------------------------------------------------------

    @property
    def vault_path(self) -> Path | None:
        value = self._q.value(_VAULT_PATH, "")
        return Path(value) if isinstance(value, str) and value else None

    @vault_path.setter
    def vault_path(self, path: Path | None) -> None:
        if path is None:
            self._q.remove(_VAULT_PATH)
        else:
            self._q.setValue(_VAULT_PATH, str(path))

    # -- interface ----------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """A BCP 47 tag such as "fr", or "" to follow the system."""
        value = self._q.value(_LANGUAGE, "")
        return value if isinstance(value, str) else ""

    @language.setter
    def language(self, tag: str) -> None:
        self._q.setValue(_LANGUAGE, tag)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._q.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, data: QByteArray) -> None:
        self._q.setValue(_GEOMETRY, data)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._q.value(_STATE)
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, data: QByteArray) -> None:
        self._q.setValue(_STATE, data)

    # -- lock preferences ---------------------------------------------------------------------

    @property
    def idle_lock_minutes(self) -> int:
        value = self._q.value(_IDLE_MIN, DEFAULT_IDLE_LOCK_MIN)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_IDLE_LOCK_MIN
        return max(MIN_IDLE_LOCK_MIN, min(MAX_IDLE_LOCK_MIN, minutes))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._q.setValue(_IDLE_MIN, max(MIN_IDLE_LOCK_MIN, min(MAX_IDLE_LOCK_MIN, minutes)))

    def _flag(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).lower() in ("true", "1", "yes")

    @property
    def lock_on_minimise(self) -> bool:
        return self._flag(_ON_MINIMISE, False)

    @lock_on_minimise.setter
    def lock_on_minimise(self, on: bool) -> None:
        self._q.setValue(_ON_MINIMISE, on)

    @property
    def lock_on_screen_lock(self) -> bool:
        return self._flag(_ON_SCREEN_LOCK, True)

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, on: bool) -> None:
        self._q.setValue(_ON_SCREEN_LOCK, on)

    @property
    def lock_before_sleep(self) -> bool:
        return self._flag(_BEFORE_SLEEP, True)

    @lock_before_sleep.setter
    def lock_before_sleep(self, on: bool) -> None:
        self._q.setValue(_BEFORE_SLEEP, on)
