"""Shared fixtures: real vaults in tmp_path with fast KDF parameters passed explicitly."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import FAST_KDF, pw
from safecase.domain.clock import FakeClock
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test (and every process it starts) gets its own HOME and XDG directories, so
    nothing touches the developer's real vault or settings, and scans can see what was written."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):  # fmt: skip
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    # A private temp directory too, so "nothing left in the temp dir" checks see only this test.
    tmp = home / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created_vault(vault_dir: Path) -> tuple[Path, str]:
    """A closed vault on disk and its recovery key."""
    vault, recovery = vault_service.create(vault_dir, pw(), kdf=FAST_KDF)
    vault.close()
    return vault_dir, recovery


@pytest.fixture
def open_vault(created_vault: tuple[Path, str]) -> Iterator[vault_service.OpenVault]:
    vault = vault_service.unlock(created_vault[0], pw())
    yield vault
    vault.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 2, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
def records(open_vault: vault_service.OpenVault, clock: FakeClock) -> RecordsService:
    return RecordsService(open_vault.conn, clock)
