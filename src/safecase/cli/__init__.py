"""safecase-cli: the command-line front end over the services (no Qt).

Shape: `safecase-cli [--vault DIR] COMMAND [ARGS…] [--passphrase-file FILE]`. Errors are one line
on standard error with the exit code of docs/cli.md, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from safecase import __version__
from safecase.cli import backup_commands, errors, records_commands, rules_commands, vault_commands
from safecase.cli.context import CommandContext
from safecase.paths import default_vault_dir
from safecase.process_hardening import harden_process


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(errors.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="safecase-cli", description="SafeCase on the command line.")
    parser.add_argument("--version", action="version", version=f"SafeCase {__version__}")
    parser.add_argument(
        "--vault", type=Path, default=None, help="vault directory (default: platform data dir)"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    vault_commands.register(commands)
    records_commands.register(commands)
    backup_commands.register(commands)
    rules_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything reads a secret: no core dumps, not dumpable, umask 077, no network.
    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CommandContext(vault_dir=args.vault or default_vault_dir())
    try:
        return int(args.handler(args, ctx))
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted. Nothing was changed.\n")
        return errors.OTHER
    except Exception as exc:
        code, message = errors.describe(exc)
        sys.stderr.write(f"safecase-cli: {message}\n")
        return code
    finally:
        ctx.close()
