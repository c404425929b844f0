"""T11 — a second SafeCase on a vault that is open elsewhere refuses cleanly, and a crashed holder
never locks the vault out. While another process holds the vault: unlocking in-process raises
the typed `VaultInUse`, the unlock window says so in plain words (no exception text), the CLI
exits 6 with one line and no traceback, the failed-unlock counter is not charged, and no vault
file changes. Then the holder is killed with SIGKILL and the vault opens at once.
Pass: 0 second opens, 0 unclean refusals, 0 vaults left locked after a crash."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
from journey import wait_until
from pytestqt.qtbot import QtBot
from security_helpers import HERE, PYTHON, RecordSecurity, counts, python_env

from helpers import FAST_KDF, snapshot
from safecase.domain.clock import FakeClock
from safecase.domain.errors import VaultInUse
from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.unlock_window import UnlockWindow
from safecase.services import vault as vault_service
from safecase.services.unlock_guard import UnlockGuard

WORKER = HERE / "kill_worker.py"
A = "passphrase A for kill tests"


def _hold(root: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, str(WORKER), "hold", str(root)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=python_env())  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.parametrize("cycles", counts(3, 50))
def test_t11_second_instance_refuses_and_crash_never_locks_out(
    app: Application,
    tmp_path: Path,
    *,
    qtbot: QtBot,
    runner: BackgroundRunner,
    cycles: int,
    record_security: RecordSecurity,
) -> None:
    root = tmp_path / "vault"
    vault_service.create(root, bytearray(A.encode()), kdf=FAST_KDF)[0].close()
    pw_file = tmp_path / "pw"
    pw_file.write_text(A + "\n")
    guard = UnlockGuard(tmp_path / "state.json", FakeClock())
    window = UnlockWindow(root, runner, app.icons)
    second_opens = unclean = locked_out = 0
    try:
        for cycle in range(cycles):
            holder = _hold(root)
            try:
                before = snapshot(root)
                try:
                    guard.unlock(root, bytearray(A.encode())).close()
                    second_opens += 1
                except VaultInUse:
                    pass
                if cycle == 0:  # the slower front ends once per run
                    window.show_locked()
                    window.passphrase.setText(A)
                    window.submit()
                    wait_until(lambda: not window.busy)
                    if "already open" not in window.message_text():
                        unclean += 1
                    cli = subprocess.run([PYTHON, "-m", "safecase.cli", "--vault", str(root), "check",
                                          "--passphrase-file", str(pw_file)],
                                         capture_output=True, text=True, timeout=120, env=python_env(),
                                         check=False)  # fmt: skip
                    if (
                        cli.returncode != 6
                        or "Traceback" in cli.stderr
                        or len(cli.stderr.splitlines()) != 1
                    ):
                        unclean += 1
                if snapshot(root) != before or guard.failures != 0:
                    unclean += 1
            finally:
                holder.send_signal(signal.SIGKILL)
                holder.wait()
            try:
                vault_service.unlock(root, bytearray(A.encode())).close()
            except VaultInUse:
                locked_out += 1
    finally:
        window.close()
        window.deleteLater()
    record_security(
        "T11", n=cycles, second_opens=second_opens, unclean=unclean, locked_out=locked_out
    )
    assert (second_opens, unclean, locked_out) == (0, 0, 0)
