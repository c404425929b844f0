"""Throughput of our age implementation against raw ChaCha20-Poly1305, the age CLI and pyrage.

Prints figures only (no assertions). Each measurement runs in a fresh process, configurations
are interleaved, and every figure is the median of N runs with min and max, beside the raw
cipher baseline measured in the same session (see shared performance notes).

    .venv/bin/python benchmarks/age_throughput.py [--mib 256] [--runs 5]

pyrage is measured when importable (it is not a SafeCase dependency; see docs/adr/0003).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from safecase.crypto.age import (
    X25519Identity,
    decrypt,
    decrypt_bytes,
    encrypt,
    encrypt_bytes,
)

CHUNK = 64 * 1024


class _Discard:
    """A sink that drops what it is given, so the figure is the format's cost, not a copy's."""

    def write(self, data: bytes) -> int:
        return len(data)


def _ours_streaming(data: bytes, direction: str) -> float:
    identity = X25519Identity.generate()
    if direction == "encrypt":
        src = io.BytesIO(data)
        start = time.perf_counter()
        encrypt([identity.recipient], src, _Discard())
        return time.perf_counter() - start
    src = io.BytesIO(encrypt_bytes([identity.recipient], data))
    start = time.perf_counter()
    decrypt([identity], src, _Discard())
    return time.perf_counter() - start


def _ours_bytes(data: bytes, direction: str) -> float:
    identity = X25519Identity.generate()
    if direction == "encrypt":
        start = time.perf_counter()
        encrypt_bytes([identity.recipient], data)
        return time.perf_counter() - start
    sealed = encrypt_bytes([identity.recipient], data)
    start = time.perf_counter()
    decrypt_bytes([identity], sealed)
    return time.perf_counter() - start


def _raw_chacha(data: bytes, direction: str) -> float:
    """The cipher alone over the same 64 KiB chunks: the floor any age writer pays."""
    aead = ChaCha20Poly1305(os.urandom(32))
    nonce = bytes(12)
    view = memoryview(data)
    if direction == "encrypt":
        start = time.perf_counter()
        for offset in range(0, len(data), CHUNK):
            aead.encrypt(nonce, view[offset : offset + CHUNK], None)
        return time.perf_counter() - start
    sealed = [aead.encrypt(nonce, view[o : o + CHUNK], None) for o in range(0, len(data), CHUNK)]
    start = time.perf_counter()
    for chunk in sealed:
        aead.decrypt(nonce, chunk, None)
    return time.perf_counter() - start


def _age_cli(data: bytes, direction: str) -> float:
    """The Go age CLI, file to file on tmpfs (memory), process start-up included."""
    age, keygen = shutil.which("age"), shutil.which("age-keygen")
    if age is None or keygen is None:
        raise RuntimeError("age CLI not installed")
    # tmpfs on purpose, to measure in memory; TemporaryDirectory makes a private 0700 folder.
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
    with tempfile.TemporaryDirectory(dir=shm) as tmp:
        key, plain, sealed, out = (Path(tmp) / n for n in ("key", "plain", "sealed", "out"))
        subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
        public = subprocess.run(
            [keygen, "-y", str(key)], check=True, capture_output=True, text=True
        ).stdout.strip()
        plain.write_bytes(data)
        encrypt_cmd = [age, "-r", public, "-o", str(sealed), str(plain)]
        decrypt_cmd = [age, "-d", "-i", str(key), "-o", str(out), str(sealed)]
        if direction == "decrypt":
            subprocess.run(encrypt_cmd, check=True)
        start = time.perf_counter()
        subprocess.run(encrypt_cmd if direction == "encrypt" else decrypt_cmd, check=True)
        return time.perf_counter() - start


def _pyrage(data: bytes, direction: str) -> float:
    # Optional and not a SafeCase dependency: imported only when this measure runs.
    import pyrage  # type: ignore[import-not-found]  # noqa: PLC0415

    identity = pyrage.x25519.Identity.generate()
    recipient = identity.to_public()
    if direction == "encrypt":
        start = time.perf_counter()
        pyrage.encrypt(data, [recipient])
        return time.perf_counter() - start
    sealed = pyrage.encrypt(data, [recipient])
    start = time.perf_counter()
    pyrage.decrypt(sealed, [identity])
    return time.perf_counter() - start


MEASURES: dict[str, Callable[[bytes, str], float]] = {
    "raw ChaCha20-Poly1305 (64 KiB chunks)": _raw_chacha,
    "safecase.crypto.age stream (to a discard sink)": _ours_streaming,
    "safecase.crypto.age *_bytes (bytes to bytes)": _ours_bytes,
    "age CLI 1.1.1 (tmpfs file to file)": _age_cli,
    "pyrage 1.4.0 (bytes to bytes)": _pyrage,
}


def _one(name: str, direction: str, mib: int) -> None:
    data = os.urandom(mib * 1024 * 1024)
    try:
        seconds = MEASURES[name](data, direction)
    except (ImportError, RuntimeError) as exc:
        print(f"SKIP {exc}")
        return
    print(f"{mib / seconds:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", nargs=2, metavar=("NAME", "DIRECTION"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.one[0], args.one[1], args.mib)
        return
    results: dict[tuple[str, str], list[float]] = {}
    skipped: dict[str, str] = {}
    for _ in range(args.runs):
        for direction in ("encrypt", "decrypt"):
            for name in MEASURES:
                if name in skipped:
                    continue
                out = subprocess.run(
                    [sys.executable, __file__, "--mib", str(args.mib), "--one", name, direction],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.strip()
                if out.startswith("SKIP"):
                    skipped[name] = out[5:]
                    continue
                results.setdefault((name, direction), []).append(float(out))
    print(f"{args.mib} MiB in memory, {args.runs} fresh-process runs each, MiB/s median (min-max)")
    for direction in ("encrypt", "decrypt"):
        baseline = statistics.median(results[(next(iter(MEASURES)), direction)])
        for name in MEASURES:
            values = results.get((name, direction))
            if not values:
                continue
            median = statistics.median(values)
            print(
                f"  {direction:8s} {name:48s} {median:8.1f} ({min(values):.1f}-{max(values):.1f})"
                f"  x{median / baseline:.2f} of raw"
            )
    for name, reason in skipped.items():
        print(f"  skipped {name}: {reason}")


if __name__ == "__main__":
    main()
