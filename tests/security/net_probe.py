"""Run a SafeCase entry point with an audit hook that RECORDS every socket event (T8).

Usage: python net_probe.py OUT.json -m MODULE [ARGS…]   (e.g. -m safecase.cli --vault … list)
       python net_probe.py OUT.json --app [ARGS…]       (safecase.app.main, e.g. --self-test)
       python net_probe.py OUT.json --script FILE [ARGS…]
       python net_probe.py OUT.json --control           (positive control: opens AF_INET)

The hook is installed before SafeCase is imported, so it sees every socket the process creates
from Python, whatever the app's own guard then does (the guard refuses and raises; this hook
only records). At exit the events are written to OUT.json: {"inet": [...], "other": [...]}.
Sockets made from C++ (Qt, D-Bus) are not visible to audit hooks; `unshare -rn` around the
process covers those: with no network interface at all, nothing can leave.
"""

from __future__ import annotations

import atexit
import json
import runpy
import socket
import sys
from typing import Any

_INET = {int(socket.AF_INET), int(socket.AF_INET6)}
_EVENTS: dict[str, list[str]] = {"inet": [], "other": []}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


def _family(args: tuple[Any, ...], event: str) -> int | None:
    if event == "socket.__new__" and len(args) > 1:
        return int(args[1]) if isinstance(args[1], int) else None
    family = getattr(args[0], "family", None) if args else None
    return int(family) if family is not None else None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not event.startswith("socket."):
        return
    if event in _LOOKUPS:
        _EVENTS["inet"].append(event)
        return
    family = _family(args, event)
    (_EVENTS["inet"] if family in _INET else _EVENTS["other"]).append(f"{event}:{family}")


def _write(path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(_EVENTS, f)


def main() -> None:
    out, mode, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    sys.addaudithook(_hook)
    atexit.register(_write, out)
    if mode == "--control":
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM):
            pass
        return
    if mode == "--app":
        from safecase.app import main as app_main

        raise SystemExit(app_main(rest))
    if mode == "--script":
        sys.argv = rest
        runpy.run_path(rest[0], run_name="__main__")
        return
    module = rest[0]
    sys.argv = [module, *rest[1:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
