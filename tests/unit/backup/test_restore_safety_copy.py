"""Before a restore replaces the vault, a copy of the vault as it is goes beside it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from factories import Filled
from helpers import pw
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.restore import restore_replacing, safety_copy


def test_safety_copy_then_replace_keeps_the_old_content(filled: Filled, tmp_path: Path) -> None:
    with vault_service.unlock(filled.root, pw()) as vault:
        old = backup.create_backup(vault, tmp_path / "old.age", [filled.recovery.recipient])
        copy = safety_copy(vault, clock=lambda: datetime(2026, 12, 6, 10, 30, tzinfo=UTC))
    assert copy.parent == filled.root.parent
    assert copy.name == "safecase-before-restore-20261206-103000.age"  # a time, no names
    assert copy.read_bytes().startswith(b"age-encryption.org/v1\n")
    restore_replacing(tmp_path / "old.age", [filled.recovery], filled.root, pw("new words here"))
    # The vault is replaced, and the paper recovery key opens the copy of what it held.
    assert backup.verify_backup(copy, [filled.recovery]).counts == old.counts
