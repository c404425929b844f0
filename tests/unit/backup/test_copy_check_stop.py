"""The integrity checks of a backup's copy stop when asked, from inside SQLite, and a stopped
check never passes for a good or a bad copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factories import Filled
from helpers import pw
from safecase.services import vault as vault_service
from safecase.storage.snapshot import CheckStopped, check_copy


def _copy(filled: Filled, tmp_path: Path) -> tuple[Path, bytearray]:
    with vault_service.unlock(filled.root, pw()) as vault:
        key = vault.data_key_copy()
    copy = tmp_path / "copy.db"
    shutil.copyfile(filled.root / "vault.db", copy)
    return copy, key


def test_checks_are_interrupted_from_inside_sqlite(big_filled: Filled, tmp_path: Path) -> None:
    copy, key = _copy(big_filled, tmp_path)
    asked: list[bool] = []

    def keep_going() -> bool:
        asked.append(True)
        return len(asked) < 3  # let the checks start, then stop them

    with pytest.raises(CheckStopped):
        check_copy(copy, key, keep_going=keep_going)
    # SQLite's progress handler asked during the checks, not only once after them.
    assert len(asked) >= 3


def test_a_check_that_is_never_stopped_passes(big_filled: Filled, tmp_path: Path) -> None:
    copy, key = _copy(big_filled, tmp_path)
    asked: list[bool] = []

    def keep_going() -> bool:
        asked.append(True)
        return True

    result = check_copy(copy, key, keep_going=keep_going)
    assert result.health.healthy and result.facts.counts["person"] == 1
    assert len(asked) > 1


def test_a_stop_said_once_is_never_taken_for_damage(big_filled: Filled, tmp_path: Path) -> None:
    """A caller that says "stop" once and then "go on" (a throttled poll) interrupted the
    checks, which then reported failures: that must read as stopped, never as a damaged copy."""
    copy, key = _copy(big_filled, tmp_path)
    answers = iter([True, False])  # the second ask comes from inside the checks

    with pytest.raises(CheckStopped):
        check_copy(copy, key, keep_going=lambda: next(answers, True))
