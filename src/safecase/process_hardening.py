"""Process hardening applied first thing at start-up, before any file, window or secret exists.

Why here and not in `gui/`: none of it needs Qt, and the command line front end can use it too.
This module imports nothing from SafeCase and no Qt, so it can run before anything else loads.

- `umask 077`: every file and directory SafeCase (or Qt, or SQLCipher) creates is private;
- no core dumps (`RLIMIT_CORE = 0`) and, on Linux, `PR_SET_DUMPABLE = 0`, so a crash never writes
  decrypted records or keys to disk and other processes of the same user cannot ptrace us;
- a network guard: SafeCase is offline by design, so an audit hook refuses to create, connect,
  bind or send on any IPv4/IPv6 socket and refuses name lookups. Local (AF_UNIX) sockets stay
  allowed (D-Bus and X11 use them from C++ anyway, which the hook does not see). Audit hooks
  cannot be removed, so the guard lasts for the life of the process.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PRIVATE_UMASK = 0o077
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3

_INET_FAMILIES = frozenset({int(socket.AF_INET), int(socket.AF_INET6)})
# Events whose first argument is the socket object (Python docs, "Audit events table").
_SOCKET_USE_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
_NAME_LOOKUP_EVENTS = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)

_guard_installed = False


class NetworkAccessRefused(PermissionError):
    """SafeCase never uses the network; something tried to."""


@dataclass(frozen=True, slots=True)
class HardeningReport:
    umask_set: bool
    core_dumps_disabled: bool
    not_dumpable: bool
    network_guard: bool


def _network_audit_hook(event: str, args: tuple[Any, ...]) -> None:
    if not event.startswith("socket."):
        return
    if event == "socket.__new__":
        # args: (socket, family, type, protocol); family is -1 when taken from a fileno.
        if len(args) > 1 and args[1] in _INET_FAMILIES:
            raise NetworkAccessRefused("SafeCase does not use the network")
    elif event in _SOCKET_USE_EVENTS:
        family = getattr(args[0], "family", None) if args else None
        if family is not None and int(family) in _INET_FAMILIES:
            raise NetworkAccessRefused("SafeCase does not use the network")
    elif event in _NAME_LOOKUP_EVENTS:
        raise NetworkAccessRefused("SafeCase does not look up network names")


def install_network_guard() -> bool:
    """Install the audit hook once per process; returns True when it is (now) installed."""
    global _guard_installed  # noqa: PLW0603 - audit hooks are per process by nature
    if not _guard_installed:
        sys.addaudithook(_network_audit_hook)
        _guard_installed = True
    return True


def disable_core_dumps() -> bool:
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _libc_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        prctl: Callable[..., int] = libc.prctl
        return prctl
    return None


def set_not_dumpable() -> bool:
    """Linux: no core dump even if a limit is raised later, and no ptrace by same-user peers."""
    prctl = _libc_prctl()
    if prctl is None:
        return False
    return bool(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)


def is_dumpable() -> bool | None:
    """For tests and the self-test: the current PR_GET_DUMPABLE value (None off Linux)."""
    prctl = _libc_prctl()
    return None if prctl is None else bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process(*, network_guard: bool = True) -> HardeningReport:
    """Apply every measure this platform supports. Call before anything else."""
    os.umask(PRIVATE_UMASK)
    return HardeningReport(
        umask_set=True,
        core_dumps_disabled=disable_core_dumps(),
        not_dumpable=set_not_dumpable(),
        network_guard=install_network_guard() if network_guard else False,
    )
