"""Truncated, bit-flipped, reordered and foreign backups: none is accepted, the vault is
untouched, and no temporary file is left behind (T4)."""

from __future__ import annotations

import io
import os
import random
import tarfile
import tempfile
from pathlib import Path

import pytest

from factories import Filled
from helpers import FAST_KDF, pw, snapshot
from safecase.crypto import age
from safecase.domain.errors import InvalidInput, WrongSecret
from safecase.services import backup, restore
from safecase.services import vault as vault_service

CHUNK = 64 * 1024
TAG = 16
FLIPS = int(os.environ.get("SAFECASE_BACKUP_FLIPS", "1000"))


def _payload_start(data: bytes) -> int:
    """Offset of the payload nonce: just after the header's MAC line."""
    return data.index(b"\n--- ") + data[data.index(b"\n--- ") + 1 :].index(b"\n") + 2


def _rejected(path: Path, identity: age.Identity, *, wrong_secret_ok: bool = False) -> None:
    allowed: tuple[type[BaseException], ...] = (
        (InvalidInput, WrongSecret) if wrong_secret_ok else (InvalidInput,)
    )
    with pytest.raises(allowed):
        backup.verify_backup(path, [identity])


def _no_scratch_left() -> None:
    assert not list(Path(tempfile.gettempdir()).glob("safecase-verify-*"))


def test_truncation_at_every_header_byte_and_chunk_boundary(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    data = backup_file.read_bytes()
    start = _payload_start(data) + 16
    cuts = set(range(_payload_start(data) + 16))
    boundary = start
    while boundary < len(data):
        cuts |= {boundary + d for d in (-2, -1, 0, 1, 2)}
        boundary += CHUNK + TAG
    cuts |= {len(data) - d for d in (1, 2, 16, 17)}
    bad = tmp_path / "cut.age"
    before = snapshot(filled.root)
    for cut in sorted(c for c in cuts if 0 <= c < len(data)):
        bad.write_bytes(data[:cut])
        _rejected(bad, filled.recovery)
    assert snapshot(filled.root) == before
    _no_scratch_left()


def test_random_bit_flips_are_never_accepted(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    data = backup_file.read_bytes()
    rng = random.Random(2024)
    bad = tmp_path / "flip.age"
    before = snapshot(filled.root)
    for _ in range(FLIPS):
        mutated = bytearray(data)
        pos = rng.randrange(len(mutated))
        mutated[pos] ^= 1 << rng.randrange(8)
        bad.write_bytes(mutated)
        # A flip in the recipient stanza cannot be told from a wrong key: both refuse.
        _rejected(bad, filled.recovery, wrong_secret_ok=True)
    assert snapshot(filled.root) == before
    _no_scratch_left()


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    start = _payload_start(data) + 16
    body = data[start:]
    return data[:start], [body[i : i + CHUNK + TAG] for i in range(0, len(body), CHUNK + TAG)]


@pytest.mark.parametrize("how", ["swap", "drop", "duplicate", "drop-last", "append"])
def test_chunk_reordering_is_detected(
    filled: Filled, backup_file: Path, tmp_path: Path, how: str
) -> None:
    head, chunks = _chunks(backup_file.read_bytes())
    assert len(chunks) >= 4
    if how == "swap":
        chunks[1], chunks[2] = chunks[2], chunks[1]
    elif how == "drop":
        del chunks[1]
    elif how == "duplicate":
        chunks.insert(1, chunks[1])
    elif how == "drop-last":
        del chunks[-1]
    else:
        chunks.append(chunks[0])
    bad = tmp_path / "chunks.age"
    bad.write_bytes(head + b"".join(chunks))
    _rejected(bad, filled.recovery)


def test_wrong_identity_and_passphrase(filled: Filled, backup_file: Path) -> None:
    with pytest.raises(WrongSecret):
        backup.verify_backup(backup_file, [age.X25519Identity.generate()])
    with pytest.raises(WrongSecret):
        backup.verify_backup(backup_file, [backup.passphrase_identity(b"guess")])


def test_files_that_are_not_backups(filled: Filled, tmp_path: Path) -> None:
    samples = {
        "empty": b"",
        "text": b"hello, this is not a backup\n",
        "sqlite": b"SQLite format 3\x00" + bytes(4080),
        "random": os.urandom(5000),
    }
    for name, content in samples.items():
        path = tmp_path / name
        path.write_bytes(content)
        _rejected(path, filled.recovery)


def _reencrypt(payload: bytes, recipient: age.X25519Recipient, path: Path) -> None:
    path.write_bytes(age.encrypt_bytes([recipient], payload))


def _tar(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in members:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


def test_well_encrypted_but_forged_payloads(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    """Anyone with the public recipient can encrypt a file to it: the payload is untrusted."""
    import json

    recipient = filled.recovery.recipient
    plain = age.decrypt_bytes([filled.recovery], backup_file.read_bytes())
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        db = tar.extractfile("vault.db").read()  # type: ignore[union-attr]
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    forged: dict[str, bytes] = {
        "path traversal": _tar([("../vault.db", db), ("manifest.json", json.dumps(manifest).encode())]),
        "missing manifest": _tar([("vault.db", db)]),
        "swapped order": _tar([("manifest.json", json.dumps(manifest).encode()), ("vault.db", db)]),
        "bad hash": _tar([("vault.db", db), ("manifest.json", json.dumps(manifest | {"db_sha256": "0" * 64}).encode())]),
        "altered db": _tar([("vault.db", db[:5000] + bytes([db[5000] ^ 1]) + db[5001:]), ("manifest.json", json.dumps(manifest).encode())]),
        "wrong counts": _tar([("vault.db", db), ("manifest.json", json.dumps(manifest | {"counts": {"person": 99}}).encode())]),
        "not json": _tar([("vault.db", db), ("manifest.json", b"{nope")]),
    }  # fmt: skip
    for name, payload in forged.items():
        path = tmp_path / f"{name}.age"
        _reencrypt(payload, recipient, path)
        with pytest.raises(InvalidInput):
            backup.verify_backup(path, [filled.recovery])
    # The altered db is caught even though its manifest hash was recomputed to match.
    import hashlib

    altered = db[:5000] + bytes([db[5000] ^ 1]) + db[5001:]
    sneaky = manifest | {"db_sha256": hashlib.sha256(altered).hexdigest()}
    path = tmp_path / "sneaky.age"
    _reencrypt(
        _tar([("vault.db", altered), ("manifest.json", json.dumps(sneaky).encode())]),
        recipient,
        path,
    )
    with pytest.raises(InvalidInput):
        backup.verify_backup(path, [filled.recovery])


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"version": 2}, backup.BackupUnsupported),
        ({"schema_version": 999}, backup.BackupUnsupported),
    ],
)
def test_newer_format_or_schema_is_refused(
    filled: Filled,
    backup_file: Path,
    tmp_path: Path,
    change: dict[str, int],
    error: type[Exception],
) -> None:
    import json

    plain = age.decrypt_bytes([filled.recovery], backup_file.read_bytes())
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        db = tar.extractfile("vault.db").read()  # type: ignore[union-attr]
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    path = tmp_path / "newer.age"
    _reencrypt(_tar([("vault.db", db), ("manifest.json", json.dumps(manifest | change).encode())]),
               filled.recovery.recipient, path)  # fmt: skip
    with pytest.raises(error):
        backup.verify_backup(path, [filled.recovery])
    target = tmp_path / "target"
    with pytest.raises(error):
        restore.restore_to_new(path, [filled.recovery], target, pw(), kdf=FAST_KDF)
    assert not target.exists()
    assert not list(tmp_path.glob(".safecase-restore-*"))


def test_bad_backup_never_replaces_the_vault(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    data = backup_file.read_bytes()
    bad = tmp_path / "bad.age"
    bad.write_bytes(data[: len(data) // 2])
    before = snapshot(filled.root)
    with pytest.raises(InvalidInput):
        restore.restore_replacing(bad, [filled.recovery], filled.root, pw("new"), kdf=FAST_KDF)
    assert snapshot(filled.root) == before
    vault_service.unlock(filled.root, pw()).close()
    assert not list(filled.root.parent.glob(".*safecase*"))
