"""The vault use cases: create, unlock, lock, change passphrase, recover, rotate the data key,
replace the recovery key.

Crash-safety rules carried here:
- the key file is only ever replaced atomically, so an interrupted passphrase change leaves the
  old or the new passphrase working;
- a data-key rotation first writes the next key file beside the current one, then rekeys the
  store in one SQLCipher transaction, verifies it under the new key, and only then promotes the
  next key file. Unlock tries the current key, then the pending one, and finishes (or discards)
  an interrupted rotation — so the vault always opens with the old or the new key;
- opening never creates or falls back to anything: failures raise typed errors.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from safecase.crypto import age, keyslots
from safecase.crypto.kdf import KdfParams, calibrate, passphrase_bytes
from safecase.domain.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from safecase.storage import connection as dbconn
from safecase.storage.dir_swap import recover_swap
from safecase.storage.files import TEMP_SUFFIX, atomic_write, fsync_dir, make_private_dir
from safecase.storage.health import Check, HealthReport, run_health_check
from safecase.storage.schema import discard_pre_migration_copies, migrate
from safecase.storage.vault_lock import VaultLock

# KdfParams, passphrase_bytes, HealthReport and Check are re-exported for the GUI, which may not
# import crypto or storage (import-linter); everything else listed is this module's own API.
__all__ = [
    "DB_NAME",
    "KEYS_NAME",
    "NEXT_KEYS_NAME",
    "Check",
    "HealthReport",
    "KdfParams",
    "OpenVault",
    "VaultPaths",
    "create",
    "passphrase_bytes",
    "unlock",
    "unlock_with_recovery",
    "vault_exists",
]

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
NEXT_KEYS_NAME = "vault.keys.next"


@dataclass(frozen=True, slots=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keys(self) -> Path:
        return self.root / KEYS_NAME

    @property
    def next_keys(self) -> Path:
        return self.root / NEXT_KEYS_NAME


def vault_exists(root: Path) -> bool:
    paths = VaultPaths(root)
    return paths.keys.exists() or paths.db.exists()


def _read_keyfile(path: Path) -> keyslots.KeyFile:
    try:
        untrusted = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultNotFound("no key file") from exc
    return keyslots.parse(untrusted)


class OpenVault:
    """An unlocked vault: the store connection, the data key and the process lock."""

    def __init__(
        self,
        paths: VaultPaths,
        conn: dbconn.Connection,
        data_key: bytearray,
        keyfile: keyslots.KeyFile,
        lock: VaultLock,
    ) -> None:
        self.paths = paths
        self._conn: dbconn.Connection | None = conn
        self._data_key = data_key
        self._keyfile = keyfile
        self._lock = lock

    @property
    def conn(self) -> dbconn.Connection:
        if self._conn is None:
            raise VaultDamaged("vault is closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    @property
    def recovery_recipient(self) -> str:
        """The public `age1…` recipient automatic backups are encrypted to."""
        return str(self._keyfile.recovery.recipient)

    @property
    def kdf_params(self) -> KdfParams:
        return self._keyfile.passphrase.kdf

    def data_key_copy(self) -> bytearray:
        """For the backup manifest only; the caller zeroes it."""
        return bytearray(self._data_key)

    def close(self) -> None:
        """Lock: close the store, zero the key (best effort), release the process lock."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        dbconn.zero(self._data_key)
        self._lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write_keyfile(self, keyfile: keyslots.KeyFile) -> None:
        atomic_write(self.paths.keys, keyfile.to_bytes())
        self._keyfile = keyfile

    def _rewrap(
        self, data_key: bytearray, passphrase: bytearray, kdf: KdfParams | None, recipient: str
    ) -> keyslots.KeyFile:
        slot = keyslots.seal_passphrase_slot(
            self.vault_id, data_key, passphrase, kdf or self.kdf_params
        )
        recovery = keyslots.seal_recovery_slot(data_key, recipient)
        return keyslots.build(self.vault_id, data_key, slot, recovery)

    def verify_passphrase(self, passphrase: bytearray) -> None:
        """Raise WrongPassphrase unless `passphrase` opens this vault's passphrase slot (for
        re-authentication before changing secrets: an unattended unlocked laptop must not be
        enough to change them)."""
        key = keyslots.open_with_passphrase(self._keyfile, passphrase)
        try:
            if not hmac.compare_digest(bytes(key), bytes(self._data_key)):
                raise WrongPassphrase("passphrase does not match the open vault")
        finally:
            dbconn.zero(key)

    def change_passphrase(
        self,
        new_passphrase: bytearray,
        kdf: KdfParams | None = None,
        *,
        current: bytearray | None = None,
    ) -> None:
        """Replace the passphrase slot (atomically). With `current`, verify it first."""
        if current is not None:
            self.verify_passphrase(current)
        self._write_keyfile(
            self._rewrap(self._data_key, new_passphrase, kdf, self.recovery_recipient)
        )

    def replace_recovery_key(self) -> str:
        """A new recovery identity; the old paper key stops opening this key file."""
        identity = age.X25519Identity.generate()
        slot = self._keyfile.passphrase
        recovery = keyslots.seal_recovery_slot(self._data_key, identity.recipient.to_str())
        self._write_keyfile(keyslots.build(self.vault_id, self._data_key, slot, recovery))
        return identity.to_str()

    def rotate_data_key(self, passphrase: bytearray, kdf: KdfParams | None = None) -> None:
        """New random data key; old copies of the key file stop opening the store."""
        self.verify_passphrase(passphrase)
        new_key = keyslots.new_data_key()
        next_keyfile = self._rewrap(new_key, passphrase, kdf, self.recovery_recipient)
        atomic_write(self.paths.next_keys, next_keyfile.to_bytes())
        literal = dbconn.raw_key_literal(new_key)
        try:
            self.conn.reset_key(literal)
        finally:
            dbconn.zero(literal)
        # Verify with a second connection under the new key before the old key file is given
        # up. The open connection stays: services and views keep using it under the new key.
        dbconn.open_encrypted(self.paths.db, new_key).close()
        discard_pre_migration_copies(self.paths.db)
        os.replace(self.paths.next_keys, self.paths.keys)
        fsync_dir(self.paths.root)
        dbconn.zero(self._data_key)
        self._data_key = new_key
        self._keyfile = next_keyfile

    def health_check(self) -> HealthReport:
        return run_health_check(self.conn)


def _remove_stale_temp_files(paths: VaultPaths) -> None:
    for leftover in paths.root.glob(f"*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def create(
    root: Path,
    passphrase: bytearray,
    *,
    kdf: KdfParams | None = None,
    calibration_progress: Callable[[float], None] | None = None,
) -> tuple[OpenVault, str]:
    """Create a vault; returns it open, and the recovery key to show once."""
    paths = VaultPaths(root)
    if vault_exists(root):
        raise VaultExists("a vault already exists there")
    make_private_dir(root)
    lock = VaultLock(root)
    lock.acquire()
    try:
        params = kdf or calibrate(progress=calibration_progress)
        vault_id = str(uuid.uuid4())
        data_key = keyslots.new_data_key()
        identity = age.X25519Identity.generate()
        slot = keyslots.seal_passphrase_slot(vault_id, data_key, passphrase, params)
        recovery = keyslots.seal_recovery_slot(data_key, identity.recipient.to_str())
        keyfile = keyslots.build(vault_id, data_key, slot, recovery)
        # The key file first: a store must never exist without the key that opens it.
        atomic_write(paths.keys, keyfile.to_bytes())
        conn = dbconn.open_encrypted(paths.db, data_key, create=True)
        migrate(conn, None)
        conn.execute(
            "INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?), ('created_at', ?)",
            (vault_id, datetime.now(UTC).isoformat()),
        )
        fsync_dir(root)
    except BaseException:
        lock.release()
        raise
    return OpenVault(paths, conn, data_key, keyfile, lock), identity.to_str()


def _open_store(
    paths: VaultPaths,
    lock: VaultLock,
    open_slot: Callable[[keyslots.KeyFile], bytearray],
) -> tuple[dbconn.Connection, bytearray, keyslots.KeyFile]:
    """Open the store with the key a slot yields, finishing or discarding a pending rotation."""
    if not paths.db.exists():
        raise VaultDamaged("store file missing")
    current = _read_keyfile(paths.keys)
    pending: keyslots.KeyFile | None = None
    if paths.next_keys.exists():
        with contextlib.suppress(VaultDamaged):
            pending = keyslots.parse(paths.next_keys.read_bytes())
    key = open_slot(current)
    try:
        conn = dbconn.open_encrypted(paths.db, key)
    except VaultDamaged:
        dbconn.zero(key)
        if pending is None:
            raise
        # The store was rekeyed but the key file not yet promoted: finish the rotation.
        key = open_slot(pending)
        conn = dbconn.open_encrypted(paths.db, key)
        os.replace(paths.next_keys, paths.keys)
        fsync_dir(paths.root)
        return conn, key, pending
    if paths.next_keys.exists():
        # A rotation that never reached the store: its key file is stale.
        paths.next_keys.unlink()
        fsync_dir(paths.root)
    return conn, key, current


def _unlock_with(root: Path, open_slot: Callable[[keyslots.KeyFile], bytearray]) -> OpenVault:
    paths = VaultPaths(root)
    recover_swap(root)  # a restore killed between its two renames
    if not paths.keys.exists():
        raise VaultNotFound("no vault there")
    lock = VaultLock(root)
    lock.acquire()
    try:
        conn, key, keyfile = _open_store(paths, lock, open_slot)
        try:
            migrate(conn, paths.db)
            _check_vault_id(conn, keyfile.vault_id)
        except BaseException as exc:
            conn.close()
            dbconn.zero(key)
            if dbconn.is_damage(exc):
                raise VaultDamaged("store pages failed to decrypt or are malformed") from exc
            raise
        _remove_stale_temp_files(paths)
    except BaseException:
        lock.release()
        raise
    return OpenVault(paths, conn, key, keyfile, lock)


def _check_vault_id(conn: dbconn.Connection, vault_id: str) -> None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != vault_id:
        raise VaultDamaged("store and key file belong to different vaults")


def unlock(root: Path, passphrase: bytearray) -> OpenVault:
    return _unlock_with(root, lambda kf: keyslots.open_with_passphrase(kf, passphrase))


def unlock_with_recovery(
    root: Path, recovery_key: str, new_passphrase: bytearray, kdf: KdfParams | None = None
) -> OpenVault:
    """Open with the paper recovery key and set a new passphrase in the same step."""
    identity = keyslots.parse_recovery_key(recovery_key)
    vault = _unlock_with(root, lambda kf: keyslots.open_with_recovery(kf, identity))
    try:
        vault.change_passphrase(new_passphrase, kdf)
    except BaseException:
        vault.close()
        raise
    return vault


def install_restored_store(
    root: Path,
    data_key: bytes,
    vault_id: str,
    passphrase: bytearray,
    kdf: KdfParams | None = None,
) -> str:
    """Write a key file for a store restored into `root/vault.db` (opened by `data_key`), with
    a new passphrase and a new recovery key, which is returned to be shown once."""
    params = kdf or calibrate()
    identity = age.X25519Identity.generate()
    slot = keyslots.seal_passphrase_slot(vault_id, data_key, passphrase, params)
    recovery = keyslots.seal_recovery_slot(data_key, identity.recipient.to_str())
    keyfile = keyslots.build(vault_id, data_key, slot, recovery)
    atomic_write(VaultPaths(root).keys, keyfile.to_bytes())
    return identity.to_str()
