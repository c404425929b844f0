"""What a CLI command needs: where the vault is, how to read secrets, and the open vault."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from safecase.cli.secrets_input import SecretReader
from safecase.services import vault as vault_service


@dataclass
class CommandContext:
    vault_dir: Path
    secrets: SecretReader = field(default_factory=SecretReader)
    _vault: vault_service.OpenVault | None = None

    def unlock(self, args: argparse.Namespace) -> vault_service.OpenVault:
        passphrase = self.secrets.read(args.passphrase_file, "Passphrase: ")
        try:
            self._vault = vault_service.unlock(self.vault_dir, passphrase)
        finally:
            passphrase[:] = bytes(len(passphrase))
        return self._vault

    def adopt(self, vault: vault_service.OpenVault) -> vault_service.OpenVault:
        self._vault = vault
        return vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE ('-' for standard input) instead of a prompt",
    )
