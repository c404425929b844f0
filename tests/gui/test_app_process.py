"""The app as a process: --version, --self-test, and the process hardening (network guard,
no core dumps, private umask), each in a fresh subprocess (audit hooks cannot be removed)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from safecase import __version__


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        HOME=str(tmp_path / "home"),
    )
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safecase", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = _run(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"SafeCase {__version__}"


def test_self_test(tmp_path: Path) -> None:
    result = _run(tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("self-test ok")
    # It used throwaway locations only: nothing in the user's config or data.
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").rglob("*"))
    assert not (tmp_path / "data").exists()


def _hardened_python(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    script = "from safecase.process_hardening import harden_process\nharden_process()\n"
    return subprocess.run(
        [sys.executable, "-c", script + textwrap.dedent(body)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
        check=False,
    )


def test_audit_hook_refuses_an_inet_socket(tmp_path: Path) -> None:
    result = _hardened_python(
        tmp_path,
        """
        import socket
        from safecase.process_hardening import NetworkAccessRefused
        for family in (socket.AF_INET, socket.AF_INET6):
            try:
                socket.socket(family, socket.SOCK_STREAM)
            except NetworkAccessRefused:
                print("refused", family.name)
        try:
            socket.getaddrinfo("example.org", 443)
        except NetworkAccessRefused:
            print("refused lookup")
        a, b = socket.socketpair(socket.AF_UNIX)
        print("unix ok")
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "refused AF_INET\n" in result.stdout
    assert "refused AF_INET6" in result.stdout
    assert "refused lookup" in result.stdout
    assert "unix ok" in result.stdout


def test_connect_on_an_adopted_inet_socket_is_refused(tmp_path: Path) -> None:
    result = _hardened_python(
        tmp_path,
        """
        import socket
        from safecase.process_hardening import NetworkAccessRefused, _network_audit_hook
        class Fake:
            family = socket.AF_INET
        try:
            _network_audit_hook("socket.connect", (Fake(), ("192.0.2.1", 80)))
        except NetworkAccessRefused:
            print("refused connect")
        """,
    )
    assert "refused connect" in result.stdout, result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process limits")
def test_no_core_dumps_not_dumpable_private_umask(tmp_path: Path) -> None:
    result = _hardened_python(
        tmp_path,
        """
        import os, resource
        from safecase.process_hardening import is_dumpable
        print("core", resource.getrlimit(resource.RLIMIT_CORE))
        print("dumpable", is_dumpable())
        current = os.umask(0); os.umask(current)
        print("umask", oct(current))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "core (0, 0)" in result.stdout
    assert "dumpable False" in result.stdout
    assert "umask 0o77" in result.stdout
