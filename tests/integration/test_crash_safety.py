"""kill -9 during commits, passphrase changes and key rotations: nothing acknowledged is lost,
the vault always opens (with the old or the new secret), and it is never corrupt."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import FAST_KDF
from safecase.domain.errors import VaultInUse, WrongPassphrase
from safecase.services import vault as vault_service

WORKER = Path(__file__).with_name("crash_worker.py")
A, B = "passphrase A for crash tests", "passphrase B for crash tests"
RUNS = int(os.environ.get("SAFECASE_CRASH_RUNS", "50"))


def _new_vault(root: Path) -> None:
    vault, _ = vault_service.create(root, bytearray(A.encode()), kdf=FAST_KDF)
    vault.close()


def _start(mode: str, root: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _kill_after(proc: subprocess.Popen[str], lines: int) -> list[str]:
    assert proc.stdout is not None
    seen = [proc.stdout.readline().strip() for _ in range(lines)]
    proc.send_signal(signal.SIGKILL)
    # Anything already written to the pipe was acknowledged before the kill.
    rest, _ = proc.communicate()
    return seen + [line for line in rest.splitlines() if line.strip()]


def _unlock_any(root: Path) -> vault_service.OpenVault:
    for secret in (A, B):
        try:
            return vault_service.unlock(root, bytearray(secret.encode()))
        except WrongPassphrase:
            continue
    raise AssertionError("neither the old nor the new passphrase opens the vault")


def test_kill_during_commits_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _new_vault(root)
    rng = random.Random(7)
    for _ in range(RUNS):
        acked = _kill_after(_start("commits", root), rng.randrange(1, 25))
        with _unlock_any(root) as vault:
            ids = {r[0] for r in vault.conn.execute("SELECT id FROM acked")}
            assert {int(a) for a in acked} <= ids
            assert vault.health_check().healthy


@pytest.mark.parametrize("mode", ["passwd", "rotate"])
def test_interrupted_secret_change_opens_with_old_or_new(tmp_path: Path, mode: str) -> None:
    root = tmp_path / "v"
    _new_vault(root)
    with vault_service.unlock(root, bytearray(A.encode())) as vault:
        vault.conn.execute("CREATE TABLE keep(x TEXT)")
        vault.conn.execute("INSERT INTO keep VALUES ('still here')")
    rng = random.Random(11)
    for _ in range(max(10, RUNS // 3)):
        proc = _start(mode, root)
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with _unlock_any(root) as vault:
            assert vault.conn.execute("SELECT x FROM keep").fetchone()[0] == "still here"
            assert vault.health_check().healthy
        assert not (root / "vault.keys.next").exists()
        assert not list(root.glob("*.partial"))


def test_second_process_gets_in_use_and_crashed_holder_is_recovered(tmp_path: Path) -> None:
    root = tmp_path / "v"
    _new_vault(root)
    holder = _start("hold", root)
    try:
        with pytest.raises(VaultInUse):
            vault_service.unlock(root, bytearray(A.encode()))
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    vault_service.unlock(root, bytearray(A.encode())).close()
