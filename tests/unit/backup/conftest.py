"""Fixtures for backup tests: a vault filled with every kind of record, and its backup."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factories import Filled, fill
from helpers import pw
from safecase.crypto import age
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService


@pytest.fixture
def filled(created_vault: tuple[Path, str]) -> Filled:
    root, recovery = created_vault
    data = bytes(range(256)) * 1200  # ~300 KB: several age chunks
    with vault_service.unlock(root, pw()) as vault:
        fill(RecordsService(vault.conn), data)
    return Filled(root, age.X25519Identity.from_str(recovery), data)


@pytest.fixture
def big_filled(created_vault: tuple[Path, str]) -> Filled:
    """A vault whose store is larger than the 1 MiB file systems of the disk-full tests."""
    root, recovery = created_vault
    data = os.urandom(2 * 1024 * 1024)
    with vault_service.unlock(root, pw()) as vault:
        fill(RecordsService(vault.conn), data)
    return Filled(root, age.X25519Identity.from_str(recovery), data)


@pytest.fixture
def backup_file(filled: Filled, tmp_path: Path) -> Iterator[Path]:
    out = tmp_path / "out" / "backup.age"
    out.parent.mkdir()
    with vault_service.unlock(filled.root, pw()) as vault:
        backup.create_backup(vault, out, [filled.recovery.recipient])
    yield out
