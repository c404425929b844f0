"""Shared by T5, T11 and T12: start a `kill_worker.py` child, SIGKILL it after some
acknowledgements or a delay, and check the vault it leaves behind."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from security_helpers import HERE, PYTHON, python_env

from factories import fill
from helpers import FAST_KDF
from safecase.domain.errors import WrongPassphrase
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

WORKER = HERE / "kill_worker.py"
A, B = "passphrase A for kill tests", "passphrase B for kill tests"


@dataclass
class Tally:
    kills: int = 0
    corrupt: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


def new_vault(root: Path) -> str:
    vault, recovery = vault_service.create(root, bytearray(A.encode()), kdf=FAST_KDF)
    with vault:
        fill(RecordsService(vault.conn), bytes(range(256)) * 300)
        vault.conn.execute("CREATE TABLE keep(x TEXT)")
        vault.conn.execute("INSERT INTO keep VALUES ('still here')")
    return recovery


def start(mode: str, root: Path, *extra: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, str(WORKER), mode, str(root), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=python_env())  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"worker did not start: {err[-2000:]}")
    return proc


def kill_after(proc: subprocess.Popen[str], *, lines: int = 0, delay_s: float = 0.0) -> list[str]:
    """SIGKILL after `lines` acknowledgements (or `delay_s`); everything already in the pipe
    was acknowledged before the kill."""
    assert proc.stdout is not None
    seen = [proc.stdout.readline().strip() for _ in range(lines)]
    if delay_s:
        time.sleep(delay_s)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    return seen + [line for line in rest.splitlines() if line.strip()]


def unlock_any(root: Path) -> vault_service.OpenVault | None:
    for secret in (A, B):
        try:
            return vault_service.unlock(root, bytearray(secret.encode()))
        except WrongPassphrase:
            continue
    return None


def check_vault(root: Path, tally: Tally, label: str) -> vault_service.OpenVault | None:
    try:
        vault = unlock_any(root)
    except Exception as exc:
        tally.corrupt.append(f"{label}: {type(exc).__name__}")
        return None
    if vault is None:
        tally.corrupt.append(f"{label}: opens with neither secret")
        return None
    if not vault.health_check().healthy:
        tally.corrupt.append(f"{label}: health check failed")
    row = vault.conn.execute("SELECT x FROM keep").fetchone()
    if row is None or row[0] != "still here":
        tally.lost.append(f"{label}: earlier data missing")
    return vault


def run_secret_change(mode: str, root: Path, rng: random.Random, tally: Tally) -> None:
    acked = kill_after(start(mode, root), delay_s=rng.uniform(0, 0.15))
    tally.kills += 1
    vault = check_vault(root, tally, mode)
    if vault is None:
        return
    with vault:
        pass
    if (root / "vault.keys.next").exists() or list(root.glob("*.partial")):
        tally.corrupt.append(f"{mode}: leftovers after reopening")
    # A passphrase change after the last acknowledged one may have landed before the kill, so
    # "opens with A or B" (check_vault) is the whole guarantee: the old or the new secret.
    del acked
