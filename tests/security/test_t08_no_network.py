"""T8 — no network. Three views, each with a positive control proving the detector sees sockets:
1. in this process, an audit hook records socket events while the full GUI journey runs;
2. the whole CLI journey (init, import, list, show, search, deadlines, export-ics, backup create
   and verify, check, passwd, rotate-key, rules) runs under `unshare -rn` (a network namespace
   with no interface at all), each command with a recording audit hook installed before
   SafeCase loads;
3. the GUI self-test (`safecase --self-test`) and the GUI journey process run the same way.
Pass: 0 AF_INET/AF_INET6 sockets and 0 name lookups, every command succeeds, and no
network-capable Qt module (QtNetwork, QtWebEngine, …) is ever imported."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from journey import journey_canaries, run_journey
from security_helpers import HERE, PYTHON, RecordSecurity, python_env, unshare_works

from helpers import FAST_KDF
from safecase.gui.application import Application
from unit.records.interchange_documents import valid_document

PROBE = HERE / "net_probe.py"
INET = {int(socket.AF_INET), int(socket.AF_INET6)}
NETWORK_QT_MODULES = ("QtNetwork", "QtWebEngine", "QtWebSockets", "QtWebChannel", "QtHttpServer",
                      "QtRemoteObjects", "QtNetworkAuth", "QtWebView", "QtMqtt", "QtCoap")  # fmt: skip
_recorded: list[str] = []
_recording = [False]


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _recording[0] or not event.startswith("socket."):
        return
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _recorded.append(event)
    elif event == "socket.__new__" and len(args) > 1 and args[1] in INET:
        _recorded.append(f"{event}:{args[1]}")
    elif event in ("socket.connect", "socket.bind", "socket.sendto") and args:
        family = getattr(args[0], "family", None)
        if family is not None and int(family) in INET:
            _recorded.append(f"{event}:{int(family)}")


@pytest.fixture(scope="module")
def recorder() -> list[str]:
    # Audit hooks cannot be removed; this one only appends to a list while `_recording` is set.
    sys.addaudithook(_hook)
    return _recorded


def _network_qt_modules() -> list[str]:
    return [
        m
        for m in sys.modules
        if m.startswith("PySide6.") and m.split(".")[1].startswith(NETWORK_QT_MODULES)
    ]


def test_t08_in_process_gui_journey_opens_no_socket(
    app: Application, tmp_path: Path, recorder: list[str], record_security: RecordSecurity
) -> None:
    recorder.clear()
    _recording[0] = True
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM):  # positive control
            pass
        control = list(recorder)
        recorder.clear()
        facts = run_journey(app, tmp_path, journey_canaries(), "quokka harbour violet thimble")
    finally:
        _recording[0] = False
    record_security("T8", n=len(facts.steps), inet_sockets=len(recorder), control_seen=len(control))
    assert control, "the recording hook must see the control socket"
    assert recorder == []
    assert _network_qt_modules() == []


def _probe(
    out: Path, *args: str, netns: bool = True, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    command = [PYTHON, str(PROBE), str(out), *args]
    if netns:
        command = ["unshare", "-rn", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=python_env(),
                          cwd=cwd, check=False)  # fmt: skip


def _events(out: Path) -> dict[str, list[str]]:
    return (
        json.loads(out.read_text())
        if out.exists()
        else {"inet": ["no record written"], "other": []}
    )


@pytest.fixture(scope="module")
def netns() -> None:
    if not unshare_works("-rn"):
        pytest.skip("unshare -rn (user and network namespaces) not available here")


def test_t08_cli_journey_under_unshare_rn(
    netns: None, tmp_path: Path, record_security: RecordSecurity
) -> None:
    control = tmp_path / "control.json"
    _probe(control, "--control")
    assert _events(control)["inet"], "the probe must see a deliberate AF_INET socket"
    vault = tmp_path / "vault"
    pw = tmp_path / "pw"
    pw.write_text("a long and private passphrase\n")
    new_pw = tmp_path / "pw2"
    new_pw.write_text("another long private passphrase\n")
    doc = tmp_path / "import.json"
    doc.write_text(json.dumps(valid_document(), ensure_ascii=False))
    kdf = f"{FAST_KDF.memory_kib},{FAST_KDF.time_cost},{FAST_KDF.lanes}"
    v = ["--vault", str(vault)]
    steps: list[list[str]] = [
        [*v, "init", "--passphrase-file", str(pw), "--kdf-params", kdf],
        [*v, "import", str(doc), "--passphrase-file", str(pw)],
        [*v, "list", "people", "--passphrase-file", str(pw)],
        [*v, "search", "Ержан", "--passphrase-file", str(pw)],
        [*v, "deadlines", "--passphrase-file", str(pw)],
        [
            *v,
            "export-ics",
            str(tmp_path / "d.ics"),
            "--privacy",
            "redacted",
            "--zone",
            "Europe/Warsaw",
            "--passphrase-file",
            str(pw),
        ],
        [*v, "backup", "create", str(tmp_path / "b.age"), "--passphrase-file", str(pw)],
        [*v, "check", "--passphrase-file", str(pw)],
        [*v, "passwd", "--passphrase-file", str(pw), "--new-passphrase-file", str(new_pw)],
        [*v, "rotate-key", "--passphrase-file", str(new_pw)],
        [*v, "check", "--passphrase-file", str(new_pw)],
        ["rules", "list"],
    ]
    inet: list[str] = []
    failures: list[str] = []
    recovery = ""
    for i, step in enumerate(steps):
        out = tmp_path / f"events-{i}.json"
        result = _probe(out, "-m", "safecase.cli", *step)
        if result.returncode != 0:
            failures.append(
                f"{step[2] if len(step) > 2 else step[0]}: {result.stderr.strip()[-300:]}"
            )
        if step[2:3] == ["init"]:
            recovery = next(
                (w for w in result.stdout.split() if w.startswith("AGE-SECRET-KEY-1")), ""
            )
        inet += _events(out)["inet"]
    key = tmp_path / "recovery.txt"
    key.write_text(recovery + "\n")
    out = tmp_path / "events-verify.json"
    result = _probe(
        out,
        "-m",
        "safecase.cli",
        "backup",
        "verify",
        str(tmp_path / "b.age"),
        "--identity",
        str(key),
    )
    if result.returncode != 0:
        failures.append(f"backup verify: {result.stderr.strip()[-300:]}")
    inet += _events(out)["inet"]
    record_security("T8", n=len(steps) + 1, inet_sockets=len(inet), cli_failures=len(failures))
    assert failures == []
    assert inet == []


def test_t08_gui_self_test_and_journey_under_unshare_rn(
    netns: None, tmp_path: Path, record_security: RecordSecurity
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = tmp_path / "self-test.json"
    result = _probe(out, "--app", "--self-test")
    assert result.returncode == 0 and "self-test ok" in result.stdout, result.stdout + result.stderr
    inet = _events(out)["inet"]
    out2 = tmp_path / "journey.json"
    journey = _probe(out2, "--script", str(HERE / "journey_main.py"), str(tmp_path / "base"))
    assert journey.returncode == 0, journey.stderr[-3000:]
    facts = json.loads(journey.stdout.strip().splitlines()[-1])
    inet += _events(out2)["inet"]
    network_modules = [
        m for m in facts["qt_modules"] if m.split(".")[1].startswith(NETWORK_QT_MODULES)
    ]
    record_security("T8", n=2, inet_sockets=len(inet), network_qt_modules=len(network_modules))
    assert facts["steps"][-1] == "quit"
    assert inet == []
    assert network_modules == []


def test_t08_the_app_guard_refuses_what_the_probe_sees(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    """The app's own audit hook (process hardening) refuses internet sockets and name lookups in
    a subprocess; the recording probe, installed first, shows the attempts were made."""
    script = tmp_path / "attempt.py"
    script.write_text(
        "import socket\n"
        "from safecase.process_hardening import NetworkAccessRefused, harden_process\n"
        "harden_process()\n"
        "refused = 0\n"
        "for attempt in (lambda: socket.socket(socket.AF_INET), lambda: socket.socket(socket.AF_INET6),\n"
        "                lambda: socket.getaddrinfo('example.org', 443)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except NetworkAccessRefused:\n"
        "        refused += 1\n"
        "print('refused', refused)\n"
    )
    out = tmp_path / "events.json"
    result = _probe(out, "--script", str(script), netns=False)
    attempts = _events(out)["inet"]
    record_security(
        "T8", n=3, guard_refused=int("refused 3" in result.stdout), attempts_seen=len(attempts)
    )
    assert "refused 3" in result.stdout, result.stdout + result.stderr
    assert len(attempts) == 3
