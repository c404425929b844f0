"""CLI commands over the vault itself: init, passwd, recover, rotate-key, check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from safecase.cli import errors
from safecase.cli.context import CommandContext, add_passphrase_option
from safecase.crypto.kdf import KdfParams
from safecase.services import vault as vault_service

RECOVERY_NOTICE = """\
Your recovery key is shown ONCE. Write it on paper or print it, and keep it somewhere safe and
separate from this computer. With it you can open the vault if you forget your passphrase, and
decrypt automatic backups. Anyone who has it can read your vault.

    {key}
"""


def _kdf_option(text: str) -> KdfParams:
    try:
        memory, time_cost, lanes = (int(x) for x in text.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected MEMORY_KIB,TIME,LANES") from exc
    params = KdfParams(memory, time_cost, lanes)
    if not params.is_acceptable():
        raise argparse.ArgumentTypeError("parameters out of range")
    return params


def add_kdf_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kdf-params",
        type=_kdf_option,
        metavar="MEMORY_KIB,TIME,LANES",
        help="Argon2id parameters instead of calibrating (for tests; below 65536,3 is weak)",
    )


def _warn_weak(params: KdfParams | None) -> None:
    if params is not None and not params.is_at_least_floor():
        sys.stderr.write(
            "Warning: key derivation parameters below the safe floor (testing only).\n"
        )


def cmd_init(args: argparse.Namespace, ctx: CommandContext) -> int:
    _warn_weak(args.kdf_params)
    passphrase = ctx.secrets.read_new(args.passphrase_file, "New passphrase: ")
    try:
        if args.kdf_params is None:
            sys.stderr.write("Measuring this computer to choose key strength (about 5 s)…\n")
        vault, recovery_key = vault_service.create(ctx.vault_dir, passphrase, kdf=args.kdf_params)
    finally:
        passphrase[:] = bytes(len(passphrase))
    ctx.adopt(vault)
    sys.stdout.write(RECOVERY_NOTICE.format(key=recovery_key))
    return errors.OK


def cmd_passwd(args: argparse.Namespace, ctx: CommandContext) -> int:
    _warn_weak(args.kdf_params)
    vault = ctx.unlock(args)
    new = ctx.secrets.read_new(args.new_passphrase_file, "New passphrase: ")
    try:
        vault.change_passphrase(new, args.kdf_params)
    finally:
        new[:] = bytes(len(new))
    sys.stdout.write("Passphrase changed.\n")
    return errors.OK


def cmd_recover(args: argparse.Namespace, ctx: CommandContext) -> int:
    _warn_weak(args.kdf_params)
    key = ctx.secrets.read_text(args.recovery_key_file, "Recovery key: ")
    new = ctx.secrets.read_new(args.new_passphrase_file, "New passphrase: ")
    try:
        vault = vault_service.unlock_with_recovery(ctx.vault_dir, key, new, args.kdf_params)
    finally:
        new[:] = bytes(len(new))
    ctx.adopt(vault)
    sys.stdout.write("Vault opened with the recovery key; the new passphrase is set.\n")
    return errors.OK


def cmd_rotate_key(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    passphrase = ctx.secrets.read(args.passphrase_file, "Passphrase again, to confirm: ")
    try:
        vault.rotate_data_key(passphrase)
    finally:
        passphrase[:] = bytes(len(passphrase))
    sys.stdout.write("Data key rotated. Old copies of the key file no longer open the vault.\n")
    return errors.OK


def cmd_recovery_key(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    sys.stdout.write(RECOVERY_NOTICE.format(key=vault.replace_recovery_key()))
    sys.stdout.write("The previous recovery key no longer opens this vault.\n")
    return errors.OK


def cmd_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    report = vault.health_check()
    for check in report.checks:
        mark = "ok     " if check.passed else "PROBLEM"
        sys.stdout.write(f"{mark} {check.name}: {check.detail}\n")
    if report.healthy:
        sys.stdout.write("The vault is healthy.\n")
        return errors.OK
    sys.stdout.write("The vault has problems. Do not write to it; restore a recent backup.\n")
    return errors.DAMAGED


def register(commands: Any) -> None:
    specs: list[tuple[str, str, Any, bool]] = [
        ("init", "create a new vault and show its recovery key once", cmd_init, True),
        ("passwd", "change the passphrase", cmd_passwd, True),
        ("recover", "open with the recovery key and set a new passphrase", cmd_recover, True),
        (
            "rotate-key",
            "replace the data key (after a suspected compromise)",
            cmd_rotate_key,
            False,
        ),
        ("recovery-key", "replace the recovery key", cmd_recovery_key, False),
        ("check", "run the health check", cmd_check, False),
    ]
    for name, help_text, handler, takes_kdf in specs:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        add_passphrase_option(sub)
        if takes_kdf:
            add_kdf_option(sub)
        if name in ("passwd", "recover"):
            sub.add_argument("--new-passphrase-file", metavar="FILE")
        if name == "recover":
            sub.add_argument("--recovery-key-file", metavar="FILE")
        sub.set_defaults(handler=handler)
