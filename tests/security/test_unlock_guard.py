"""The failed-unlock policy: growing waits driven by an injected clock, the count taken before the
key derivation, only wrong passphrases counted, the optional erase, and a state file that holds
nothing but a count and a time."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from helpers import PASSPHRASE, pw, snapshot
from safecase.domain.clock import FakeClock
from safecase.domain.errors import VaultInUse, WrongPassphrase
from safecase.services import vault as vault_service
from safecase.services.erase import EraseReport
from safecase.services.unlock_guard import (
    STATE_FILE_NAME,
    UnlockDelayed,
    UnlockGuard,
    UnlockPolicy,
    VaultErased,
)
from safecase.storage.vault_lock import VaultLock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def guard(tmp_path: Path, clock: FakeClock) -> UnlockGuard:
    return UnlockGuard.in_config_dir(tmp_path / "config", clock)


def _wrong(guard: UnlockGuard, root: Path) -> type[Exception]:
    try:
        guard.unlock(root, pw("not the passphrase"))
    except Exception as exc:
        return type(exc)
    raise AssertionError("a wrong passphrase opened the vault")


def test_delay_schedule() -> None:
    policy = UnlockPolicy()
    assert [policy.delay_after(n) for n in range(10)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert policy.delay_after(10**6) == 60


def test_waits_grow_and_are_enforced(
    guard: UnlockGuard, clock: FakeClock, created_vault: tuple[Path, str]
) -> None:
    root = created_vault[0]
    assert _wrong(guard, root) is WrongPassphrase
    assert guard.remaining_delay_s() == 0  # one typo is free
    assert _wrong(guard, root) is WrongPassphrase
    assert guard.remaining_delay_s() == pytest.approx(1)
    before = snapshot(root)
    with pytest.raises(UnlockDelayed) as info:
        guard.unlock(root, pw())  # even the right passphrase waits: no oracle during the wait
    assert info.value.remaining_s == pytest.approx(1)
    assert guard.failures == 2 and snapshot(root) == before
    clock.advance(timedelta(seconds=1))
    assert _wrong(guard, root) is WrongPassphrase
    assert guard.remaining_delay_s() == pytest.approx(2)
    clock.advance(timedelta(seconds=2))
    guard.unlock(root, pw()).close()
    assert guard.failures == 0 and guard.remaining_delay_s() == 0
    assert not guard.state_path.exists()


def test_state_survives_a_restart_and_holds_only_a_count_and_a_time(
    tmp_path: Path, clock: FakeClock, created_vault: tuple[Path, str]
) -> None:
    root = created_vault[0]
    first = UnlockGuard.in_config_dir(tmp_path / "config", clock)
    for _ in range(3):
        _wrong(first, root)
        clock.advance(timedelta(minutes=5))
    state_file = tmp_path / "config" / STATE_FILE_NAME
    doc = json.loads(state_file.read_text())
    assert set(doc) == {"format", "version", "failures", "last_failure"}
    assert doc["failures"] == 3
    assert str(root) not in state_file.read_text() and PASSPHRASE not in state_file.read_text()
    assert state_file.stat().st_mode & 0o777 == 0o600
    second = UnlockGuard.in_config_dir(tmp_path / "config", clock)  # a restarted app
    assert second.failures == 3
    clock.set_wall(clock.now() - timedelta(hours=1))  # the clock set back never shortens it
    assert second.remaining_delay_s() == pytest.approx(2)


def test_attempt_is_counted_before_the_key_derivation(
    guard: UnlockGuard, created_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def slow_unlock(root: Path, passphrase: bytearray) -> vault_service.OpenVault:
        seen.append(json.loads(guard.state_path.read_text())["failures"])
        raise WrongPassphrase("no")

    monkeypatch.setattr(vault_service, "unlock", slow_unlock)
    with pytest.raises(WrongPassphrase):
        guard.unlock(created_vault[0], pw())
    assert seen == [1], "a kill during the derivation must not avoid the count"


def test_only_wrong_passphrases_count(guard: UnlockGuard, created_vault: tuple[Path, str]) -> None:
    root = created_vault[0]
    holder = VaultLock(root)
    holder.acquire()
    try:
        with pytest.raises(VaultInUse):
            guard.unlock(root, pw())
    finally:
        holder.release()
    assert guard.failures == 0
    assert _wrong(guard, root.parent / "nowhere") is not WrongPassphrase
    assert guard.failures == 0


def test_erase_after_n_is_off_by_default(
    guard: UnlockGuard, clock: FakeClock, created_vault: tuple[Path, str]
) -> None:
    root = created_vault[0]
    for _ in range(12):
        clock.advance(timedelta(minutes=2))
        assert _wrong(guard, root) is WrongPassphrase
    clock.advance(timedelta(minutes=2))
    guard.unlock(root, pw()).close()


def test_erase_after_n_destroys_the_key_slots(
    tmp_path: Path, clock: FakeClock, created_vault: tuple[Path, str]
) -> None:
    root = created_vault[0]
    erased: list[Path] = []

    def eraser(path: Path) -> EraseReport:
        from safecase.services.erase import erase_vault_keys

        erased.append(path)
        return erase_vault_keys(path)

    guard = UnlockGuard(tmp_path / "s.json", clock, UnlockPolicy(erase_after=5), eraser=eraser)
    for attempt in range(1, 6):
        clock.advance(timedelta(minutes=2))
        outcome = _wrong(guard, root)
        assert outcome is (VaultErased if attempt == 5 else WrongPassphrase)
    assert erased == [root]
    assert not (root / "vault.keys").exists() and not (root / "vault.db").exists()
    assert guard.failures == 0
    with pytest.raises(Exception) as info:
        vault_service.unlock(root, pw())
    assert type(info.value).__name__ == "VaultNotFound"


def test_policy_refuses_an_erase_threshold_that_typos_could_reach() -> None:
    for bad in (0, 1, 4, 101):
        with pytest.raises(ValueError):
            UnlockPolicy(erase_after=bad)
    with pytest.raises(ValueError):
        UnlockPolicy(first_delay_s=10, max_delay_s=5)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"format": "x"}', b"\xff\xfe", b"{}" * 5000,
     b'{"failures": -1, "format": "safecase-unlock-state", "last_failure": null, "version": 1}',
     b'{"failures": 3, "format": "safecase-unlock-state", "last_failure": "2020-01-01", "version": 1}'],
)  # fmt: skip
def test_malformed_state_is_never_a_reason_to_erase(
    tmp_path: Path, clock: FakeClock, created_vault: tuple[Path, str], content: bytes
) -> None:
    state = tmp_path / "s.json"
    state.write_bytes(content)
    guard = UnlockGuard(state, clock, UnlockPolicy(erase_after=5))
    assert guard.failures == 0
    guard.unlock(created_vault[0], pw()).close()


def test_unwritable_state_still_delays_in_memory(
    tmp_path: Path, clock: FakeClock, created_vault: tuple[Path, str]
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the config folder should be")
    guard = UnlockGuard(blocked / "state.json", clock)
    for _ in range(3):
        clock.advance(timedelta(minutes=2))
        assert _wrong(guard, created_vault[0]) is WrongPassphrase
    assert guard.failures == 3
    assert guard.remaining_delay_s() == pytest.approx(2)
