"""T16 — no core dumps. The app's real entry point (`safecase.app.main`, up to the moment it
would build the GUI) leaves the process with PR_GET_DUMPABLE == 0, RLIMIT_CORE == (0, 0), umask
077 and the network guard installed; and a hardened process that then aborts writes no core
file, where a positive control (same abort, core limit raised, not hardened) does write one.

The command-line front end gets the same check (xfail: finding F1, `safecase-cli` does not call
the process hardening)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from security_helpers import PYTHON, RecordSecurity, python_env

REPORT = """
import ctypes, ctypes.util, os, resource, json
libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
umask = os.umask(0); os.umask(umask)
status = dict(l.split(":\\t", 1) for l in open("/proc/self/status").read().splitlines() if ":\\t" in l)
print(json.dumps({"dumpable": libc.prctl(3, 0, 0, 0, 0),
                  "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                  "umask": umask, "hooks": "safecase.process_hardening" in __import__("sys").modules}))
"""


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=cwd, timeout=120, env=python_env(), check=False)  # fmt: skip


def _app_process(tmp_path: Path, then: str = "") -> subprocess.CompletedProcess[str]:
    code = f"""
import safecase.app as app
def report(args, qt_args):
{textwrap.indent(REPORT, "    ")}
{textwrap.indent(textwrap.dedent(then), "    ")}
    return 0
app._run_gui = report
raise SystemExit(app.main([]))
"""
    return _run(code, tmp_path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process attributes")
def test_t16_app_process_is_not_dumpable(tmp_path: Path, record_security: RecordSecurity) -> None:
    import json

    result = _app_process(tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    record_security("T16", n=1, dumpable=facts["dumpable"], core_limit=max(facts["core"]))
    assert facts == {"dumpable": 0, "core": [0, 0], "umask": 0o077, "hooks": True}


def _cores(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name == "core" or p.name.startswith("core.")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core files")
def test_t16_a_crash_writes_no_core_file(tmp_path: Path, record_security: RecordSecurity) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    control_dir = tmp_path / "control"
    control_dir.mkdir()
    control = _run("""
        import os, resource
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        os.abort()
        """, control_dir)  # fmt: skip
    if control.returncode >= 0 or not _cores(control_dir):
        pytest.skip(f"this system does not write core files to the working directory ({pattern!r})")
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    crashed = _app_process(app_dir, then="os.abort()")
    assert crashed.returncode < 0, "the app process must have crashed"
    cores = _cores(app_dir)
    record_security("T16", n=2, cores_written=len(cores), control_core=1)
    assert cores == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process attributes")
def test_t16_cli_process_is_not_dumpable(tmp_path: Path) -> None:
    import json

    # Reports from inside cli.main(), once arguments are parsed, where a command would start.
    code = f"""
import safecase.cli as cli
def report(*args, **kwargs):
{textwrap.indent(REPORT, "    ")}
    raise SystemExit(0)
cli.CommandContext = report
cli.main(["rules", "list"])
"""
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts["dumpable"] == 0 and facts["core"] == [0, 0] and facts["hooks"]
