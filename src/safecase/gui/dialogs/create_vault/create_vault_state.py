"""What the first-run wizard's pages share: the chosen folder, the passphrase until the vault
exists (then zeroed), the open vault and the recovery key until the wizard ends."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from safecase.services.vault import OpenVault


@dataclass
class CreateVaultState:
    vault_dir: Path
    passphrase: bytearray | None = None
    vault: OpenVault | None = None
    recovery_key: str = ""

    def forget_passphrase(self) -> None:
        if self.passphrase is not None:
            self.passphrase[:] = bytes(len(self.passphrase))
            self.passphrase = None
