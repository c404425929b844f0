"""T12 — a passphrase change, a data-key rotation (rekey), a recovery-key replacement and a
recovery unlock, each interrupted at every step and at random moments, always leave a vault that
opens with the old or the new secret, never neither, healthy and with its data.

1. Every step, deterministically: the k-th file-system or rekey operation (open, write, fsync,
   rename, directory fsync, unlink, `reset_key`) raises a simulated crash, for k = 1, 2, … until
   the operation completes; the half-done process state is then abandoned as a crash would.
2. Random moments: the process running passphrase changes or rotations in a loop is killed with
   SIGKILL (N ≥ 50 in the stress run)."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kill_helpers import A, B, Tally, new_vault, run_secret_change
from security_helpers import RecordSecurity, counts

from helpers import FAST_KDF
from safecase.domain.errors import WrongPassphrase
from safecase.services import vault as vault_service
from safecase.storage import files as storage_files

NEW = "the new passphrase for T12"


class SimulatedCrash(BaseException):
    """Not an Exception: nothing in SafeCase may catch it and carry on."""


class Crasher:
    def __init__(self, crash_at: int) -> None:
        self.crash_at = crash_at
        self.calls = 0

    def step(self) -> None:
        self.calls += 1
        if self.calls == self.crash_at:
            raise SimulatedCrash


class _ConnProxy:
    """The store connection, with `reset_key` (the rekey transaction) as a crash point."""

    def __init__(self, conn: Any, crasher: Crasher) -> None:
        self._conn = conn
        self._crasher = crasher

    def reset_key(self, key: Any) -> None:
        self._crasher.step()
        self._conn.reset_key(key)
        self._crasher.step()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@contextlib.contextmanager
def crash_points(monkeypatch: pytest.MonkeyPatch, crasher: Crasher) -> Iterator[None]:
    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            crasher.step()
            return func(*args, **kwargs)

        return wrapped

    with monkeypatch.context() as m:
        for name in ("open", "write", "fsync", "replace", "rename", "unlink"):
            m.setattr(os, name, wrap(getattr(os, name)))
        m.setattr(storage_files, "fsync_dir", wrap(storage_files.fsync_dir))
        m.setattr(vault_service, "fsync_dir", wrap(vault_service.fsync_dir))
        yield


def _abandon(vault: vault_service.OpenVault | None) -> None:
    """What a crash leaves: the process is gone, the OS closes its files and drops its lock."""
    if vault is None:
        return
    conn = vault._conn
    if conn is not None:
        with contextlib.suppress(Exception):
            getattr(conn, "_conn", conn).close()
    vault._lock.release()


def _opens_with(root: Path, secrets: tuple[str, ...]) -> str | None:
    for secret in secrets:
        try:
            vault = vault_service.unlock(root, bytearray(secret.encode()))
        except WrongPassphrase:
            continue
        with vault:
            healthy = vault.health_check().healthy
            kept = vault.conn.execute("SELECT x FROM keep").fetchone()
        if healthy and kept and kept[0] == "still here":
            return secret
        return None
    return None


def _discard(_value: object) -> None:
    return None


OPERATIONS: dict[str, Callable[[vault_service.OpenVault], None]] = {
    "change passphrase": lambda v: v.change_passphrase(bytearray(NEW.encode()), FAST_KDF),
    "rotate data key": lambda v: v.rotate_data_key(bytearray(A.encode()), FAST_KDF),
    "replace recovery key": lambda v: _discard(v.replace_recovery_key()),
}


@pytest.mark.parametrize("operation", [*OPERATIONS, "recovery unlock"])
def test_t12_crash_at_every_step(
    operation: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record_security: RecordSecurity
) -> None:
    pristine = tmp_path / "pristine"
    recovery = new_vault(pristine)
    neither: list[int] = []
    points = 0
    for crash_at in range(1, 200):
        root = tmp_path / f"run{crash_at}"
        shutil.copytree(pristine, root)
        crasher = Crasher(crash_at)
        vault: vault_service.OpenVault | None = None
        crashed = False
        try:
            if operation == "recovery unlock":
                with crash_points(monkeypatch, crasher):
                    vault = vault_service.unlock_with_recovery(
                        root, recovery, bytearray(NEW.encode()), FAST_KDF
                    )
            else:
                vault = vault_service.unlock(root, bytearray(A.encode()))
                if operation == "rotate data key":
                    vault._conn = _ConnProxy(vault._conn, crasher)  # type: ignore[assignment]
                with crash_points(monkeypatch, crasher):
                    OPERATIONS[operation](vault)
        except SimulatedCrash:
            crashed = True
        _abandon(vault)
        if _opens_with(root, (A, NEW)) is None:
            neither.append(crash_at)
        shutil.rmtree(root)
        points += 1
        if not crashed:
            break
    record_security("T12", n=points, neither=len(neither), operation=operation)
    assert points > 3, "the operation must have had several crash points"
    assert neither == []


@pytest.mark.parametrize("rounds", counts(5, 30))
def test_t12_kill_at_random_moments(
    tmp_path: Path, rounds: int, record_security: RecordSecurity
) -> None:
    root = tmp_path / "vault"
    new_vault(root)
    tally = Tally()
    rng = random.Random(rounds)
    for _ in range(rounds):
        run_secret_change("passwd", root, rng, tally)
        run_secret_change("rotate", root, rng, tally)
    neither = [c for c in tally.corrupt if "neither" in c]
    record_security(
        "T12", n=tally.kills, neither=len(neither), corrupt=len(tally.corrupt), lost=len(tally.lost)
    )
    assert tally.corrupt == [] and tally.lost == []
    assert _opens_with(root, (A, B)) is not None
