"""Back up and verify a ~1 GB vault (mostly attachments), beside the baselines measured in the
same run, on the same bytes: a plain copy + fsync of the store file, the `age` CLI encrypting it
(as it does, without fsync, and followed by an fsync of its output, since our backup fsyncs),
the `age` CLI decrypting our backup (`age -d -i`), SafeCase's two integrity checks alone on the
store file (the floor of a verify), and raw ChaCha20-Poly1305 of `cryptography` in memory.
Prints figures, ratios against the issue's targets, the load average, and peak memory; no
assertions.

Usage: .venv/bin/python benchmarks/backup.py [--size-mb 1024] [--runs 5] [--dir DIR]
           [--settle 3] [--prewarm-mib 0]     (see `Timer` for the last two)
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
from safecase.storage.snapshot import check_copy

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


class Timer:
    """Times one measurement after the same preparation for every one of them: a pause so the
    previous measurement's freed memory and I/O settle, then, with `prewarm_mib`, that much
    page cache written and freed just before. Why: in a VM that hands free memory back to
    its host (virtio-balloon free page reporting, as on the machine these figures come from),
    touching 1.1 GB of pages idle for more than ~2 s costs 0.6–1.9 s more than touching just
    freed ones; bare metal has no such cost. Outputs are removed outside the timed part."""

    def __init__(self, work: Path, settle_s: float, prewarm_mib: int) -> None:
        self._scratch = work / "prewarm.tmp"
        self._settle_s = settle_s
        self._prewarm_mib = prewarm_mib

    def __call__(self, fn: object) -> float:
        time.sleep(self._settle_s)
        if self._prewarm_mib:
            block = bytes(MIB)
            with self._scratch.open("wb", buffering=0) as f:
                for _ in range(self._prewarm_mib):
                    f.write(block)
            self._scratch.unlink()
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        return time.perf_counter() - start


def copy(src: Path, target: Path) -> None:
    """A plain user-space copy in 1 MiB reads into one reused buffer, then fsync."""
    buf = bytearray(MIB)
    with src.open("rb", buffering=0) as f, target.open("wb", buffering=0) as dst:
        while n := f.readinto(buf):
            view = memoryview(buf)[:n]
            while view:
                view = view[dst.write(view) :]
        os.fsync(dst.fileno())


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


ROWS = (
    ("backup", "SafeCase backup (snapshot → tar → age, fsync)"),
    ("copy", "plain copy + fsync of the store file"),
    ("age", "age CLI encrypting the store file (no fsync)"),
    ("age+fsync", "age CLI encrypting the store file + fsync"),
    ("verify", "SafeCase verify (decrypt, hash, integrity checks)"),
    ("checks", "  of which the two integrity checks alone"),
    ("age-d", "age CLI decrypting our backup (age -d -i, no fsync)"),
    ("chacha", "raw ChaCha20-Poly1305, 64 KiB chunks, in memory"),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds before each figure")
    parser.add_argument(
        "--prewarm-mib", type=int, default=0, help="page cache to write and free before each"
    )
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
    identity_file = work / "bench-identity.txt"
    identity_file.write_text(identity.to_str() + "\n")
    os.chmod(identity_file, 0o600)
    has_age = shutil.which("age") is not None
    age_version = (
        subprocess.run(
            ["age", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if has_age
        else "not installed"
    )
    timed = Timer(work, args.settle, args.prewarm_mib)
    load_before = os.getloadavg()
    base_rss = rss_mib()
    out = work / "backup.age"
    times: dict[str, list[float]] = {k: [] for k, _ in ROWS}
    for _ in range(args.runs):
        out.unlink(missing_ok=True)  # a new file, like the CLI's, not a replacement
        with vault_service.unlock(root, bytearray(PASS)) as vault:
            key = vault.data_key_copy()
            times["backup"].append(
                timed(lambda: backup.create_backup(vault, out, [identity.recipient]))
            )
        times["verify"].append(timed(lambda: backup.verify_backup(out, [identity])))
        times["checks"].append(timed(partial(check_copy, db, key)))
        key[:] = bytes(len(key))

        copy_target = work / "copy.db"
        times["copy"].append(timed(partial(copy, db, copy_target)))
        copy_target.unlink()
        if has_age:
            age_out = work / "cli.age"
            recipient = identity.recipient.to_str()
            command = ["age", "-r", recipient, "-o", str(age_out), str(db)]
            encrypt_time = timed(partial(subprocess.run, command, check=True))
            times["age"].append(encrypt_time)
            start = time.perf_counter()  # right after the CLI, no settling: one operation
            fsync_file(age_out)
            times["age+fsync"].append(encrypt_time + time.perf_counter() - start)
            age_out.unlink()
            plain_out = work / "cli.tar"
            command = ["age", "-d", "-i", str(identity_file), "-o", str(plain_out), str(out)]
            times["age-d"].append(timed(partial(subprocess.run, command, check=True)))
            plain_out.unlink()

    peak_backup_rss = rss_mib()  # before the in-memory cipher baseline below
    load_after = os.getloadavg()
    with db.open("rb") as f:
        payload = f.read(256 * MIB)  # raw cipher speed on 256 MiB in memory
    aead, nonce = ChaCha20Poly1305(ChaCha20Poly1305.generate_key()), bytes(12)

    def chacha() -> None:
        for i in range(0, len(payload), 64 * 1024):
            aead.encrypt(nonce, payload[i : i + 64 * 1024], None)

    for _ in range(args.runs):
        start = time.perf_counter()
        chacha()
        elapsed = time.perf_counter() - start
        times["chacha"].append(elapsed * size / len(payload))  # scaled to the vault's size
    out.unlink()
    identity_file.unlink()
    mb = size / MIB
    print(f"\nvault file: {mb:.0f} MiB ({size / 1e6:.0f} MB); {args.runs} runs; "
          "median (min–max) MiB/s")  # fmt: skip
    for name, label in ROWS:
        values = times[name]
        if not values:
            print(f"{label:55} (not available)")
            continue
        rates = [mb / t for t in values]
        print(f"{label:55} {statistics.median(rates):7.0f} ({min(rates):.0f}–{max(rates):.0f})")

    def rate(name: str) -> float:
        return mb / statistics.median(times[name])

    print("ratios of medians (issue targets in brackets):")
    print(f"  backup / plain copy+fsync:      {rate('backup') / rate('copy'):.2f}×  [≥ 0.5×]")
    if has_age:
        print(f"  backup / age CLI + fsync:       {rate('backup') / rate('age+fsync'):.2f}×  "
              "(like for like: both fsync)")  # fmt: skip
        print(f"  backup / age CLI (no fsync):    {rate('backup') / rate('age'):.2f}×  [≥ 0.5×]")
        print(f"  verify / age CLI -d (no checks): {rate('verify') / rate('age-d'):.2f}×")
    verify_mbs, checks_mbs = (
        size / 1e6 / statistics.median(times[k]) for k in ("verify", "checks")
    )
    print(f"  verify: {verify_mbs:.0f} MB/s  [≥ 150 MB/s]; the integrity checks alone: "
          f"{checks_mbs:.0f} MB/s")  # fmt: skip
    print(
        f"peak RSS during backups and verifies: {peak_backup_rss:.0f} MiB "
        f"(baseline before them {base_rss:.0f} MiB: +{peak_backup_rss - base_rss:.0f} MiB)"
    )
    print(f"load average (1, 5, 15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} "
          f"{load_before[2]:.2f}; after: {load_after[0]:.2f} {load_after[1]:.2f} "
          f"{load_after[2]:.2f} ({os.cpu_count()} CPUs)")  # fmt: skip
    print(f"age CLI {age_version}; Python {sys.version.split()[0]}")
    print(f"settle {args.settle:g} s and prewarm {args.prewarm_mib} MiB before each figure")
    print(f"work directory kept for reruns: {work}")


if __name__ == "__main__":
    main()
