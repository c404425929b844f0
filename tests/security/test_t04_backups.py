"""T4 — backups: the public age test vectors, truncation at every header byte and around every
chunk boundary, thousands of mutations (bit flips, byte changes, chunk swap/drop/duplicate,
insertions, deletions, header edits), wrong passphrases and identities, and interop both ways
with the stock `age` CLI (X25519 and scrypt). Pass: 0 bad backups accepted, the live vault
untouched (also through restore-over-the-vault attempts), no temporary file left anywhere."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pty
import random
import re
import select
import shutil
import subprocess
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

import pytest
from security_helpers import RecordSecurity, counts

from factories import fill
from helpers import FAST_KDF, pw, snapshot
from safecase.crypto import age
from safecase.domain.errors import InvalidInput, WrongSecret
from safecase.services import backup, restore
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

CHUNK = 64 * 1024
TAG = 16
VECTORS = Path(__file__).resolve().parents[1] / "data" / "age-testdata"
AGE = shutil.which("age")
BACKUP_PASSPHRASE = "backup passphrase ✓ for T4"


class Setup:
    def __init__(self, root: Path, recovery: age.X25519Identity, backup_file: Path,
                 pass_backup: Path) -> None:  # fmt: skip
        self.root = root
        self.recovery = recovery
        self.backup_file = backup_file
        self.pass_backup = pass_backup


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    base = tmp_path_factory.mktemp("t04")
    root = base / "vault"
    vault, recovery_text = vault_service.create(root, pw(), kdf=FAST_KDF)
    recovery = age.X25519Identity.from_str(recovery_text)
    with vault:
        fill(RecordsService(vault.conn), bytes(range(256)) * 1200)  # several age chunks
        out = base / "backups"
        out.mkdir()
        backup.create_backup(vault, out / "recovery.age", [recovery.recipient])
        weak = backup.passphrase_recipient(BACKUP_PASSPHRASE.encode(), log_n=10)
        backup.create_backup(vault, out / "passphrase.age", [weak])
    return Setup(root, recovery, out / "recovery.age", out / "passphrase.age")


def _payload_start(data: bytes) -> int:
    mac_line = data.index(b"\n--- ")
    return mac_line + data[mac_line + 1 :].index(b"\n") + 2


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    start = _payload_start(data) + 16
    body = data[start:]
    return data[:start], [body[i : i + CHUNK + TAG] for i in range(0, len(body), CHUNK + TAG)]


def _stray_files(setup: Setup) -> list[Path]:
    tmp = Path(tempfile.gettempdir())
    stray = list(tmp.glob("safecase-verify-*"))
    stray += list(setup.backup_file.parent.glob(".safecase-backup-*"))
    stray += list(setup.root.parent.glob(".safecase-restore-*"))
    stray += list(setup.root.parent.glob(".*safecase-before-restore"))
    return stray


def _verdict(path: Path, identities: list[age.Identity]) -> str:
    try:
        backup.verify_backup(path, identities)
    except InvalidInput:
        return "refused"
    except WrongSecret:
        return "refused-secret"
    except Exception as exc:  # anything else is an unexpected failure mode
        return f"unexpected {type(exc).__name__}"
    return "accepted"


# -- the public vectors ----------------------------------------------------------------------------


def _vectors() -> list[tuple[str, dict[str, list[str]], bytes]]:
    out = []
    for path in sorted(VECTORS.iterdir()):
        if path.name in {"README.md", "LICENSE"}:
            continue
        head, body = path.read_bytes().split(b"\n\n", 1)
        meta: dict[str, list[str]] = {}
        for line in head.decode().splitlines():
            key, value = line.split(": ", 1)
            meta.setdefault(key, []).append(value)
        if meta.get("compressed") == ["zlib"]:
            body = zlib.decompress(body)
        out.append((path.name, meta, body))
    return out


def test_t04_age_test_vectors(record_security: RecordSecurity) -> None:
    wrong = []
    vectors = _vectors()
    for name, meta, body in vectors:
        identities: list[age.Identity] = []
        for key in meta.get("identity", []):
            with contextlib.suppress(age.AgeError):  # post-quantum identities: not implemented
                identities.append(age.X25519Identity.from_str(key))
        identities += [age.ScryptIdentity(p.encode()) for p in meta.get("passphrase", [])]
        identities = identities or [age.X25519Identity.generate()]
        sink = io.BytesIO()
        try:
            age.decrypt(identities, io.BytesIO(body), sink)
            outcome = "success"
        except age.AgeError:
            outcome = "failure"
        expect = meta["expect"][0]
        supported = meta.get("armored") != ["yes"] and not name.startswith("hybrid")
        if supported and (outcome == "success") != (expect == "success"):
            wrong.append(name)
        if not supported and outcome == "success":
            wrong.append(name)  # armor and hybrid recipients must never be "opened"
    record_security("T4", n=len(vectors), vectors_wrong=len(wrong))
    assert len(vectors) >= 140 and wrong == []


# -- truncation --------------------------------------------------------------------------------


def test_t04_truncation_at_every_header_byte_and_chunk_boundary(
    setup: Setup, tmp_path: Path, record_security: RecordSecurity
) -> None:
    data = setup.backup_file.read_bytes()
    start = _payload_start(data) + 16
    cuts = set(range(start + 1))
    boundary = start
    while boundary <= len(data):
        cuts |= {boundary + d for d in range(-3, 4)}
        boundary += CHUNK + TAG
    cuts |= {len(data) - d for d in (1, 2, 15, 16, 17)}
    cuts = {c for c in cuts if 0 <= c < len(data)}
    bad = tmp_path / "cut.age"
    before = snapshot(setup.root)
    verdicts: dict[str, int] = {}
    for cut in sorted(cuts):
        bad.write_bytes(data[:cut])
        verdict = _verdict(bad, [setup.recovery])
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
    accepted = verdicts.get("accepted", 0)
    unexpected = sum(v for k, v in verdicts.items() if k.startswith("unexpected"))
    record_security("T4", n=len(cuts), accepted=accepted, unexpected=unexpected)
    assert accepted == 0 and unexpected == 0, verdicts
    assert snapshot(setup.root) == before
    assert _stray_files(setup) == []


# -- mutations -----------------------------------------------------------------------------------


def _mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    head, chunks = _chunks(data)
    kind = rng.choice(["flip", "flip", "flip", "byte", "swap", "drop", "duplicate", "insert",
                       "delete", "append", "header-line", "reorder-tail", "replace-chunk"])  # fmt: skip
    out = bytearray(data)
    if kind == "flip":
        pos = rng.randrange(len(out))
        out[pos] ^= 1 << rng.randrange(8)
    elif kind == "byte":
        pos = rng.randrange(len(out))
        out[pos] = (out[pos] + rng.randrange(1, 256)) % 256
    elif kind == "swap" and len(chunks) > 1:
        i, j = rng.sample(range(len(chunks)), 2)
        chunks[i], chunks[j] = chunks[j], chunks[i]
        out = bytearray(head + b"".join(chunks))
    elif kind == "drop":
        del chunks[rng.randrange(len(chunks))]
        out = bytearray(head + b"".join(chunks))
    elif kind == "duplicate":
        i = rng.randrange(len(chunks))
        chunks.insert(rng.randrange(len(chunks) + 1), chunks[i])
        out = bytearray(head + b"".join(chunks))
    elif kind == "insert":
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = os.urandom(rng.choice([1, 2, 16, 17, 100]))
    elif kind == "delete":
        pos = rng.randrange(len(out))
        del out[pos : pos + rng.choice([1, 2, 16, 17, 100])]
    elif kind == "append":
        out += os.urandom(rng.choice([1, 16, 17, CHUNK + TAG]))
    elif kind == "header-line":
        lines = head.split(b"\n")
        i = rng.randrange(len(lines) - 1)
        j = rng.randrange(len(lines) - 1)
        lines[i], lines[j] = lines[j], lines[i]
        if i == j:
            lines[i] = lines[i][::-1]
        out = bytearray(b"\n".join(lines) + b"".join(chunks))
    elif kind == "reorder-tail" and len(chunks) > 1:
        chunks[-1], chunks[-2] = chunks[-2], chunks[-1]
        out = bytearray(head + b"".join(chunks))
    else:  # replace-chunk: a chunk of another valid backup of the same key is still foreign
        pos = rng.randrange(len(chunks))
        chunks[pos] = os.urandom(len(chunks[pos]))
        out = bytearray(head + b"".join(chunks))
    if bytes(out) == data:
        out[-1] ^= 0x80
    return kind, bytes(out)


@pytest.mark.parametrize("n", counts(300, 5_000))
def test_t04_mutated_backups_are_never_accepted(
    setup: Setup, tmp_path: Path, n: int, record_security: RecordSecurity
) -> None:
    data = setup.backup_file.read_bytes()
    rng = random.Random(n)
    bad = tmp_path / "mutated.age"
    live = tmp_path / "live"
    shutil.copytree(setup.root, live)
    before, live_before = snapshot(setup.root), snapshot(live)
    accepted, unexpected, restores = [], [], 0
    kinds: dict[str, int] = {}
    for i in range(n):
        kind, mutated = _mutate(data, rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        bad.write_bytes(mutated)
        verdict = _verdict(bad, [setup.recovery])
        if verdict == "accepted":
            accepted.append(kind)
        elif verdict.startswith("unexpected"):
            unexpected.append((kind, verdict))
        if i % 50 == 0:  # the same file offered as a restore over a live vault
            restores += 1
            with pytest.raises((InvalidInput, WrongSecret)):
                restore.restore_replacing(bad, [setup.recovery], live, pw("new"), kdf=FAST_KDF)
    untouched = snapshot(setup.root) == before and snapshot(live) == live_before
    stray = _stray_files(setup) + list(tmp_path.glob(".safecase-*")) + list(tmp_path.glob(".live*"))
    record_security("T4", n=n, accepted=len(accepted), unexpected=len(unexpected),
                    restore_attempts=restores, vault_changed=int(not untouched),
                    temp_left=len(stray))  # fmt: skip
    assert accepted == [] and unexpected == []
    assert untouched
    assert stray == []
    vault_service.unlock(live, pw()).close()
    assert len(kinds) >= 10


# -- secrets ------------------------------------------------------------------------------------


def test_t04_wrong_passphrases_and_identities(
    setup: Setup, record_security: RecordSecurity
) -> None:
    guesses = [BACKUP_PASSPHRASE.upper(), BACKUP_PASSPHRASE + " ", " " + BACKUP_PASSPHRASE,
               BACKUP_PASSPHRASE[:-1], " ", "x" * 10_000, BACKUP_PASSPHRASE.replace("✓", "v"),
               pw().decode()]  # fmt: skip
    wrong: list[age.Identity] = [backup.passphrase_identity(g.encode()) for g in guesses]
    wrong += [age.X25519Identity.generate() for _ in range(5)]
    accepted = 0
    for identity in wrong:
        for path in (setup.pass_backup, setup.backup_file):
            try:
                backup.verify_backup(path, [identity])
                accepted += 1
            except (WrongSecret, InvalidInput):
                pass
    record_security("T4", n=2 * len(wrong), wrong_secret_accepted=accepted)
    assert accepted == 0
    assert backup.verify_backup(
        setup.pass_backup, [backup.passphrase_identity(BACKUP_PASSPHRASE.encode())]
    )


# -- interop with the age CLI ----------------------------------------------------------------------


def _tty(args: list[str], answers: list[str], timeout_s: float = 60) -> None:
    """Run the age CLI on a pseudo-terminal (it reads passphrases only from a terminal)."""
    pid, master = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes the age process
        try:
            os.execv(args[0], args)  # noqa: S606 - age by absolute path, no shell
        finally:
            os._exit(127)
    output, answered = b"", 0
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 4096)
                except OSError:
                    break
                if not data:
                    break
                output += data
            prompts = len(re.findall(rb"passphrase[^\n]*: ", output, flags=re.IGNORECASE))
            while answered < min(prompts, len(answers)):
                os.write(master, answers[answered].encode() + b"\n")
                answered += 1
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(master)
    assert os.waitstatus_to_exitcode(status) == 0, output


def _members(payload: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(payload)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


@pytest.mark.skipif(AGE is None, reason="the age CLI is not installed (make system-deps)")
def test_t04_interop_with_the_age_cli_both_ways(
    setup: Setup, tmp_path: Path, record_security: RecordSecurity
) -> None:
    assert AGE is not None
    key = tmp_path / "recovery.txt"
    key.write_text(setup.recovery.to_str() + "\n")
    # 1. age opens our backup with the paper recovery key: a tar of the store and manifest.
    result = subprocess.run([AGE, "-d", "-i", str(key), str(setup.backup_file)],
                            capture_output=True, check=True)  # fmt: skip
    members = _members(result.stdout)
    assert list(members) == ["vault.db", "manifest.json"]
    manifest = json.loads(members["manifest.json"])
    assert manifest["db_sha256"] == hashlib.sha256(members["vault.db"]).hexdigest()
    # 2. our passphrase backup opens with `age -d` typed on a terminal.
    out = tmp_path / "out.tar"
    _tty([AGE, "-d", "-o", str(out), str(setup.pass_backup)], [BACKUP_PASSPHRASE])
    assert list(_members(out.read_bytes())) == ["vault.db", "manifest.json"]
    # 3. what age encrypts to the recovery recipient, we verify (and accept only if genuine).
    plain = tmp_path / "payload.tar"
    plain.write_bytes(result.stdout)
    theirs = tmp_path / "theirs.age"
    subprocess.run([AGE, "-r", setup.recovery.recipient.to_str(), "-o", str(theirs), str(plain)],
                   check=True)  # fmt: skip
    report = backup.verify_backup(theirs, [setup.recovery])
    assert report.counts == manifest["counts"]
    # 4. age -p (scrypt, its own work factor) on our payload: we open it with the passphrase.
    theirs_p = tmp_path / "theirs-p.age"
    _tty([AGE, "-p", "-o", str(theirs_p), str(plain)], [BACKUP_PASSPHRASE, BACKUP_PASSPHRASE])
    backup.verify_backup(theirs_p, [backup.passphrase_identity(BACKUP_PASSPHRASE.encode())])
    # 5. a well-encrypted (by age) but forged payload is refused.
    db = bytearray(members["vault.db"])
    db[5000] ^= 1
    forged = io.BytesIO()
    with tarfile.open(fileobj=forged, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in (("vault.db", bytes(db)),
                              ("manifest.json", json.dumps(manifest | {"db_sha256": hashlib.sha256(db).hexdigest()}).encode())):  # fmt: skip
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    plain.write_bytes(forged.getvalue())
    subprocess.run([AGE, "-r", setup.recovery.recipient.to_str(), "-o", str(theirs), str(plain)],
                   check=True)  # fmt: skip
    forged_verdict = _verdict(theirs, [setup.recovery])
    record_security(
        "T4", n=5, interop_failures=0, forged_accepted=int(forged_verdict == "accepted")
    )
    assert forged_verdict == "refused"
