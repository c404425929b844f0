"""CLI commands for encrypted backups: backup create | verify | restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from safecase.cli import errors
from safecase.cli.context import CommandContext, add_passphrase_option
from safecase.cli.vault_commands import RECOVERY_NOTICE, add_kdf_option
from safecase.crypto import age
from safecase.services import backup, restore
from safecase.services.backup import BackupReport


def _progress(label: str) -> backup.Progress | None:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            end = "\n" if percent >= 100 else ""
            sys.stderr.write(f"\r{label}: {percent:3d} %{end}")

    return show


def _identities(args: argparse.Namespace, ctx: CommandContext) -> list[age.Identity]:
    if args.identity:
        return backup.parse_identity_file(Path(args.identity).read_text("utf-8"))
    secret = ctx.secrets.read(args.backup_passphrase_file, "Backup passphrase or recovery key: ")
    try:
        text = secret.decode("utf-8").strip()
        if text.upper().startswith("AGE-SECRET-KEY-1"):
            return [age.X25519Identity.from_str(text)]
        return [backup.passphrase_identity(bytes(secret))]
    finally:
        secret[:] = bytes(len(secret))


def _print_report(report: BackupReport) -> None:
    sys.stdout.write(f"Backup made: {report.created_at} (schema {report.schema_version})\n")
    for kind, count in sorted(report.counts.items()):
        sys.stdout.write(f"  {kind:12} {count}\n")


def cmd_create(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    recipients: list[age.Recipient]
    if args.backup_passphrase_file:
        if args.recipient:
            raise age.AgeUnsupported("a backup passphrase cannot be combined with --recipient")
        secret = ctx.secrets.read_new(args.backup_passphrase_file, "Backup passphrase: ")
        recipients = [backup.passphrase_recipient(bytes(secret), args.scrypt_log_n)]
        secret[:] = bytes(len(secret))
    else:
        names = [vault.recovery_recipient, *args.recipient]
        recipients = [age.X25519Recipient.from_str(n) for n in names]
    report = backup.create_backup(
        vault, Path(args.out), recipients, progress=_progress("Backing up")
    )
    sys.stdout.write("Backup written. Keep it away from this computer.\n")
    _print_report(report)
    return errors.OK


def cmd_verify(args: argparse.Namespace, ctx: CommandContext) -> int:
    report = backup.verify_backup(
        Path(args.file), _identities(args, ctx), progress=_progress("Verifying")
    )
    sys.stdout.write("The backup is complete and intact.\n")
    _print_report(report)
    return errors.OK


def cmd_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    identities = _identities(args, ctx)
    new = ctx.secrets.read_new(args.new_passphrase_file, "Passphrase for the restored vault: ")
    try:
        if args.replace:
            report, recovery = restore.restore_replacing(
                Path(args.file), identities, ctx.vault_dir, new,
                kdf=args.kdf_params, progress=_progress("Restoring"),
            )  # fmt: skip
        else:
            report, recovery = restore.restore_to_new(
                Path(args.file), identities, Path(args.to), new,
                kdf=args.kdf_params, progress=_progress("Restoring"),
            )  # fmt: skip
    finally:
        new[:] = bytes(len(new))
    sys.stdout.write("Restored and verified.\n")
    _print_report(report)
    sys.stdout.write(RECOVERY_NOTICE.format(key=recovery))
    return errors.OK


def register(commands: Any) -> None:
    group = commands.add_parser("backup", help="encrypted backups: create, verify, restore")
    sub = group.add_subparsers(dest="backup_command", required=True, parser_class=type(group))

    create = sub.add_parser("create", help="write an encrypted backup of the vault")
    create.add_argument("out", metavar="OUT")
    add_passphrase_option(create)
    create.add_argument("--backup-passphrase-file", metavar="F")
    create.add_argument("--recipient", action="append", default=[], metavar="age1…")
    create.add_argument("--scrypt-log-n", type=int, default=backup.DEFAULT_SCRYPT_LOG_N,
                        help=argparse.SUPPRESS)  # fmt: skip
    create.set_defaults(handler=cmd_create)

    for name, handler in (("verify", cmd_verify), ("restore", cmd_restore)):
        parser = sub.add_parser(name, help=f"{name} a backup (touches no vault when verifying)")
        parser.add_argument("file", metavar="FILE")
        secret = parser.add_mutually_exclusive_group()
        secret.add_argument("--backup-passphrase-file", metavar="F")
        secret.add_argument("--identity", metavar="FILE", help="age identity file (recovery key)")
        parser.set_defaults(handler=handler)
        if name == "restore":
            target = parser.add_mutually_exclusive_group(required=True)
            target.add_argument("--to", metavar="DIR", help="restore as a new vault in DIR")
            target.add_argument("--replace", action="store_true", help="replace the vault")
            parser.add_argument("--new-passphrase-file", metavar="FILE")
            add_kdf_option(parser)
