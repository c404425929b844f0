"""Encrypted backups: create, verify, restore to a new place, restore over the current vault.

Format: an age v1 file (opens with the stock `age` tool) whose plaintext is a tar of the
still-SQLCipher-encrypted store and a manifest (docs/backup-format.md, ADR 0004). So no step of
backup or restore ever puts plaintext on disk: the only bytes written are age ciphertext or
SQLCipher pages.

Failure rules: output goes to a temporary file that is renamed into place only when complete,
and is removed on any error or cancel; a restored copy is accepted only after full decryption,
the hash, both integrity checks, the schema version and the counts agree with the manifest.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from safecase import __version__
from safecase.crypto import age
from safecase.domain.errors import InvalidInput, SafeCaseError, VaultDamaged
from safecase.services.vault import OpenVault
from safecase.storage.backup_payload import BackupCorrupt, PayloadReader, PayloadWriter
from safecase.storage.bulk_io import BackgroundWriter
from safecase.storage.files import fsync_dir
from safecase.storage.schema import latest_version
from safecase.storage.snapshot import CheckStopped, CopyCheck, check_copy, snapshot

FORMAT = "safecase-backup"
FORMAT_VERSION = 1
PARTIAL_PREFIX = ".safecase-backup-"
PARTIAL_SUFFIX = ".partial"
MAX_DB_BYTES = 64 * 1024**3
DEFAULT_SCRYPT_LOG_N = 18
CANCEL_POLL_S = 0.1

Progress = Callable[[int, int], None]  # (bytes done, bytes total); raise BackupCancelled to stop


class BackupCancelled(SafeCaseError):
    """The caseworker cancelled; nothing was written."""


class BackupUnsupported(InvalidInput):
    """A backup from a newer SafeCase (format or schema) that this version cannot restore."""


@dataclass(frozen=True, slots=True)
class BackupReport:
    created_at: str
    schema_version: int
    counts: dict[str, int]
    db_size: int
    app_version: str


def passphrase_recipient(passphrase: bytes, log_n: int = DEFAULT_SCRYPT_LOG_N) -> age.Recipient:
    return age.ScryptRecipient(passphrase, log_n=log_n, allow_weak=log_n < DEFAULT_SCRYPT_LOG_N)


def passphrase_identity(passphrase: bytes) -> age.Identity:
    return age.ScryptIdentity(passphrase)


def parse_identity_file(untrusted_text: str) -> list[age.Identity]:
    """An age identity file: `AGE-SECRET-KEY-1…` lines, `#` comments and blank lines."""
    identities: list[age.Identity] = []
    for raw in untrusted_text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            identities.append(age.X25519Identity.from_str(line))
    if not identities:
        raise InvalidInput("identity file holds no AGE-SECRET-KEY line")
    return identities


def _partial_path(directory: Path) -> Path:
    return directory / f"{PARTIAL_PREFIX}{secrets.token_hex(8)}{PARTIAL_SUFFIX}"


def remove_stale_partials(directory: Path) -> int:
    """Delete temporary files a killed backup left in `directory` (they hold only ciphertext)."""
    removed = 0
    for stray in directory.glob(f"{PARTIAL_PREFIX}*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed += 1
    return removed


@contextlib.contextmanager
def _temporary_file(directory: Path) -> Iterator[tuple[Path, BinaryIO]]:
    """A new 0600 file that is deleted unless the caller renames it away. Unbuffered: the
    bulk writes go straight to its descriptor (`BackgroundWriter`)."""
    path = _partial_path(directory)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb", buffering=0) as f:
            yield path, f
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _reserve(payload_size: int) -> int:
    """Room to reserve for the age file: 16 bytes of tag per 64 KiB chunk, plus a header of a
    few hundred bytes per recipient; the writer cuts the file to its real length."""
    return payload_size + payload_size // 4096 + 64 * 1024


def create_backup(
    vault: OpenVault,
    out: Path,
    recipients: Sequence[age.Recipient],
    *,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> BackupReport:
    """Write an encrypted backup of `vault` to `out` (atomically; nothing left on failure)."""
    out = out.absolute()
    remove_stale_partials(out.parent)
    key = vault.data_key_copy()
    try:
        with snapshot(vault.paths.db, key) as (db, facts), _temporary_file(out.parent) as (tmp, f):
            created = clock().astimezone(UTC).isoformat(timespec="seconds")

            def manifest(sha256: str) -> dict[str, Any]:
                return {
                    "format": FORMAT,
                    "version": FORMAT_VERSION,
                    "app_version": __version__,
                    "schema_version": facts.schema_version,
                    "created_at": created,
                    "vault_id": facts.vault_id,
                    "counts": facts.counts,
                    "db_size": facts.size,
                    "db_sha256": sha256,
                    "db_key": bytes(key).hex(),
                }

            report = (
                (lambda done: progress(min(done, facts.size), facts.size)) if progress else None
            )
            # Three stages on three threads: read + hash the store, encrypt, write (ADR 0007).
            # Reserving the size first makes a full disk fail before any work; write-behind
            # lets the disk work during the encryption instead of all in the closing fsync.
            with (
                PayloadWriter(db, facts.size, manifest) as payload,
                BackgroundWriter(
                    f.fileno(),
                    reserve=_reserve(payload.size),
                    write_behind=True,
                    name="backup-write",
                ) as sink,
            ):
                age.encrypt(recipients, payload, sink, progress=report)
                sink.finish()
            os.fsync(f.fileno())
            os.replace(tmp, out)
            fsync_dir(out.parent)
    finally:
        key[:] = bytes(len(key))
    return BackupReport(created, facts.schema_version, facts.counts, facts.size, __version__)


@dataclass
class _Decrypted:
    db_path: Path
    key: bytes
    report: BackupReport


def _validate_manifest(
    untrusted: dict[str, Any], size: int, sha256: str
) -> tuple[bytes, BackupReport]:
    if untrusted.get("format") != FORMAT:
        raise BackupCorrupt("not a SafeCase backup")
    version = untrusted.get("version")
    if not isinstance(version, int) or version < 1:
        raise BackupCorrupt("backup format version is missing")
    if version > FORMAT_VERSION:
        raise BackupUnsupported("backup made by a newer SafeCase (format)")
    try:
        schema = int(untrusted["schema_version"])
        counts = {str(k): int(v) for k, v in dict(untrusted["counts"]).items()}
        key = bytes.fromhex(str(untrusted["db_key"]))
        report = BackupReport(
            str(untrusted["created_at"]), schema, counts, int(untrusted["db_size"]),
            str(untrusted.get("app_version", "")),
        )  # fmt: skip
        expected_sha = str(untrusted["db_sha256"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupCorrupt("backup manifest is incomplete") from exc
    if not re.fullmatch(r"[0-9a-f]{64}", expected_sha):
        raise BackupCorrupt("backup manifest has no valid hash")
    if schema > latest_version():
        raise BackupUnsupported("backup made by a newer SafeCase (schema)")
    if len(key) != 32 or report.db_size != size or not hmac.compare_digest(expected_sha, sha256):
        raise BackupCorrupt("backup copy does not match its manifest")
    return key, report


def _decrypt_to(
    src: Path,
    identities: Sequence[age.Identity],
    db_path: Path,
    progress: Progress | None,
    *,
    durable: bool = True,
) -> _Decrypted:
    """Decrypt `src` into the new file `db_path`; `durable` fsyncs it (a restore's copy must
    survive a crash, a verify's throw-away copy need not)."""
    total = src.stat().st_size
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with (
        os.fdopen(fd, "wb", buffering=0) as db_out,
        src.open("rb") as f,
        # A copy cannot be larger than the backup that holds it: caps the reservation.
        PayloadReader(
            db_out, max_db_bytes=min(MAX_DB_BYTES, total), write_behind=durable
        ) as reader,
    ):
        report = (lambda done: progress(min(done, total), total)) if progress else None
        age.decrypt(identities, f, reader, progress=report)
        result = reader.finish()
        if durable:
            os.fsync(db_out.fileno())
    key, manifest_report = _validate_manifest(
        result.untrusted_manifest, result.db_size, result.db_sha256
    )
    return _Decrypted(db_path, key, manifest_report)


def _keep_going(progress: Progress | None, total: int) -> Callable[[], bool] | None:
    """Ask `progress` (at most every 0.1 s) whether to go on, during the integrity checks: the
    only way a caller stops is its progress callback raising `BackupCancelled`."""
    if progress is None:
        return None
    report = progress
    asked_at = 0.0
    stopped = False

    def keep_going() -> bool:
        nonlocal asked_at, stopped
        now = time.monotonic()
        if not stopped and now - asked_at >= CANCEL_POLL_S:
            asked_at = now
            try:
                report(total, total)  # all decrypted; checking
            except BackupCancelled:
                stopped = True  # for good: a later "go on" must not undo it
        return not stopped

    return keep_going


def _check(decrypted: _Decrypted, src: Path, progress: Progress | None = None) -> CopyCheck:
    keep_going = _keep_going(progress, src.stat().st_size)
    try:
        check = check_copy(decrypted.db_path, decrypted.key, keep_going=keep_going)
    except CheckStopped as exc:
        raise BackupCancelled("stopped during the integrity checks") from exc
    except (VaultDamaged, SafeCaseError) as exc:
        raise BackupCorrupt("backup copy does not open under its key") from exc
    if not check.health.healthy:
        raise BackupCorrupt("backup copy fails its integrity checks")
    if check.facts.schema_version != decrypted.report.schema_version:
        raise BackupCorrupt("backup copy's schema differs from its manifest")
    if check.facts.counts != decrypted.report.counts:
        raise BackupCorrupt("backup copy's record counts differ from its manifest")
    return check


def verify_backup(
    src: Path, identities: Sequence[age.Identity], *, progress: Progress | None = None
) -> BackupReport:
    """Fully decrypt and check a backup in a private temporary directory; touches no vault."""
    with tempfile.TemporaryDirectory(prefix="safecase-verify-") as scratch:
        os.chmod(scratch, 0o700)
        scratch_db = Path(scratch) / "vault.db"
        decrypted = _decrypt_to(src, identities, scratch_db, progress, durable=False)
        _check(decrypted, src, progress)
        return decrypted.report


def restore_into(
    src: Path,
    identities: Sequence[age.Identity],
    target_db: Path,
    *,
    progress: Progress | None = None,
) -> tuple[bytes, BackupReport, str]:
    """Decrypt and verify a backup into `target_db` (which must not exist). Returns the copy's
    key, the report and the vault id. On any failure `target_db` is removed."""
    try:
        decrypted = _decrypt_to(src, identities, target_db, progress)
        check = _check(decrypted, src, progress)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target_db.unlink()
        raise
    return decrypted.key, decrypted.report, check.facts.vault_id


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
