"""Back up and verify a ~1 GB vault (mostly attachments), beside the baselines measured in the
same run: raw ChaCha20-Poly1305 of `cryptography`, the `age` CLI encrypting the same bytes, and a
plain copy + fsync of the same bytes. Prints figures and peak memory; no assertions.

Usage: .venv/bin/python benchmarks/backup.py [--size-mb 1024] [--runs 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from safecase.crypto import age
from safecase.crypto.kdf import KdfParams
from safecase.domain import records as r
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.records import RecordsService

FAST = KdfParams(1024, 1, 1)
PASS = bytearray(b"benchmark passphrase")
MIB = 1024 * 1024


def build(root: Path, size_mb: int) -> None:
    vault, _ = vault_service.create(root, bytearray(PASS), kdf=FAST)
    with vault:
        records = RecordsService(vault.conn, max_attachment_bytes=64 * MIB)
        person = r.Person("Benchmark Person")
        records.create(person)
        for i in range(size_mb // 32):
            records.add_attachment(io.BytesIO(os.urandom(32 * MIB)), f"scan-{i}.bin", "", person.id)


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="safecase-bench-backup-", dir="/var/tmp"))
    root = work / "vault"
    if args.build_only:
        build(root, args.size_mb)
        return
    if not root.exists():
        # Built in a child process so this process's peak memory is the backup's own.
        print(f"building a {args.size_mb} MB vault in {work} …")
        subprocess.run(
            [sys.executable, __file__, "--build-only", "--dir", str(work), "--size-mb",
             str(args.size_mb)],
            check=True,
        )  # fmt: skip
    db = root / "vault.db"
    size = db.stat().st_size
    identity = age.X25519Identity.generate()
    base_rss = rss_mib()
    out = work / "backup.age"
    times: dict[str, list[float]] = {k: [] for k in ("backup", "verify", "copy", "age", "chacha")}
    for _ in range(args.runs):
        with vault_service.unlock(root, bytearray(PASS)) as vault:
            times["backup"].append(
                timed(lambda: backup.create_backup(vault, out, [identity.recipient]))
            )
        times["verify"].append(timed(lambda: backup.verify_backup(out, [identity])))

        def copy() -> None:
            target = work / "copy.db"
            with db.open("rb") as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, MIB)
                dst.flush()
                os.fsync(dst.fileno())
            target.unlink()

        times["copy"].append(timed(copy))
        if shutil.which("age"):
            age_out = work / "cli.age"
            recipient = identity.recipient.to_str()
            command = ["age", "-r", recipient, "-o", str(age_out), str(db)]
            times["age"].append(timed(partial(subprocess.run, command, check=True)))
            age_out.unlink()

    peak_backup_rss = rss_mib()  # before the in-memory cipher baseline below
    with db.open("rb") as f:
        payload = f.read(256 * MIB)  # raw cipher speed on 256 MiB in memory
    aead, nonce = ChaCha20Poly1305(ChaCha20Poly1305.generate_key()), bytes(12)

    def chacha() -> None:
        for i in range(0, len(payload), 64 * 1024):
            aead.encrypt(nonce, payload[i : i + 64 * 1024], None)

    for _ in range(args.runs):
        times["chacha"].append(timed(chacha) * size / len(payload))  # scaled to the vault's size
    out.unlink()
    mb = size / MIB
    print(f"\nvault file: {mb:.0f} MiB; {args.runs} runs; median (min–max) MiB/s")
    for name, label in (
        ("backup", "SafeCase backup (snapshot → tar → age, fsync)"),
        ("verify", "SafeCase verify (decrypt, hash, integrity checks)"),
        ("copy", "plain copy + fsync of the store file"),
        ("age", "age CLI 1.1 encrypting the store file"),
        ("chacha", "raw ChaCha20-Poly1305, 64 KiB chunks, in memory"),
    ):
        values = times[name]
        if not values:
            print(f"{label:55} (not available)")
            continue
        rates = [mb / t for t in values]
        print(f"{label:55} {statistics.median(rates):7.0f} ({min(rates):.0f}–{max(rates):.0f})")
    backup_rate = mb / statistics.median(times["backup"])
    print(
        f"backup / plain copy+fsync: {backup_rate / (mb / statistics.median(times['copy'])):.2f}×"
    )
    if times["age"]:
        print(f"backup / age CLI: {backup_rate / (mb / statistics.median(times['age'])):.2f}×")
    print(
        f"peak RSS during backups and verifies: {peak_backup_rss:.0f} MiB "
        f"(baseline before them {base_rss:.0f} MiB: +{peak_backup_rss - base_rss:.0f} MiB)"
    )
    print(f"work directory kept for reruns: {work}")


if __name__ == "__main__":
    main()
