"""T6 — disk full during commits, rekey (data-key rotation), passphrase change and backup: on a
3 MB tmpfs mounted in a private user+mount namespace (`unshare -rm`), and under RLIMIT_FSIZE.
Pass: every failed step raises an error that says "disk full" in the core's own terms (OSError
ENOSPC/EFBIG, or SQLite's SQLITE_FULL / "database or disk is full"), 0 committed rows lost, the
vault healthy and opening with its secret, no temporary or half-written file left.

The front ends' wording for SQLite's disk-full error is checked separately (xfail, a finding:
the GUI and CLI map only OSError ENOSPC to their "disk is full" text)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from security_helpers import HERE, PYTHON, RecordSecurity, python_env, unshare_works

WORKER = HERE / "disk_full_worker.py"
TMPFS_SIZE = "3m"


def _run(mode: str, tmp_path: Path) -> dict[str, dict[str, object]]:
    target = tmp_path / "small"
    target.mkdir()
    command = [PYTHON, str(WORKER), mode, str(target)]
    if mode == "tmpfs":
        script = f'mount -t tmpfs -o size={TMPFS_SIZE} tmpfs {target} && exec "$@"'
        command = ["unshare", "-rm", "sh", "-c", script, "sh", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600,
                            env=python_env(), check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return {doc["step"]: doc for doc in map(json.loads, result.stdout.splitlines())}


def _check(steps: dict[str, dict[str, object]]) -> tuple[int, list[str]]:
    problems: list[str] = []
    committed = int(steps["writes"]["committed"])  # type: ignore[call-overload]
    if steps["writes"]["error"] is None or not steps["writes"]["disk_full"]:
        problems.append(f"writes: {steps['writes']}")
    for step in ("rekey", "passwd", "backup"):
        info = steps[step]
        if info["error"] is not None and not info["disk_full"]:
            problems.append(f"{step}: unclear error {info}")
    for after in ("writes-after", "rekey-after", "full-after"):
        if steps[after]["rows"] != committed:
            problems.append(f"{after}: {steps[after]['rows']} rows, {committed} committed")
    if steps["rekey-after"]["leftovers"]:
        problems.append(f"rekey left {steps['rekey-after']['leftovers']}")
    if steps["full-after"]["partials"] or (
        steps["backup"]["error"] is not None and steps["full-after"]["backup_exists"]
    ):
        problems.append("backup left a file behind")
    lost = sum(
        committed - int(steps[a]["rows"]) for a in ("writes-after", "rekey-after", "full-after")
    )  # type: ignore[call-overload]
    return lost, problems


@pytest.mark.parametrize("mode", ["tmpfs", "fsize"])
def test_t06_disk_full_loses_nothing_and_says_so(
    mode: str, tmp_path: Path, record_security: RecordSecurity
) -> None:
    if mode == "tmpfs" and not unshare_works("-rm"):
        pytest.skip("unshare -rm (user and mount namespaces) not available here")
    steps = _run(mode, tmp_path)
    lost, problems = _check(steps)
    failed_steps = [s for s in ("writes", "rekey", "passwd", "backup") if steps[s]["error"]]
    record_security("T6", n=int(steps["writes"]["committed"]) + 4, lost=lost,  # type: ignore[call-overload]
                    failed_cleanly=len(failed_steps), problems=len(problems))  # fmt: skip
    assert problems == []
    assert lost == 0
    assert "writes" in failed_steps and "backup" in failed_steps


def test_t06_front_ends_say_the_disk_is_full(tmp_path: Path) -> None:
    if not unshare_works("-rm"):
        pytest.skip("unshare -rm not available here")
    steps = _run("tmpfs", tmp_path)
    unclear = [s for s in ("writes", "rekey", "passwd", "backup")
               if steps[s]["error"] and not (steps[s]["gui_says_full"] and steps[s]["cli_says_full"])]  # fmt: skip
    assert unclear == []
