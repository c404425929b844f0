"""Argon2id: `cryptography` versus argon2-cffi on this machine, and what the calibration picks.

Fresh timings, implementations interleaved, median of N runs (min–max). Prints a table; no
assertions. Usage: .venv/bin/python benchmarks/kdf.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from safecase.crypto.kdf import calibrate

SETTINGS = [(64, 3, 4), (256, 3, 4), (512, 3, 4), (1024, 2, 4), (1024, 3, 4)]


def _crypto(m: int, t: int, p: int, salt: bytes) -> None:
    Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m * 1024).derive(b"pw")


def _cffi(m: int, t: int, p: int, salt: bytes) -> None:
    hash_secret_raw(b"pw", salt, t, m * 1024, p, 32, Type.ID)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    salt = os.urandom(16)
    head = f"{'cryptography s (min-max)':>26}  {'argon2-cffi s (min-max)':>26}"
    print(f"{'MiB':>5} {'t':>2} {'p':>2}  {head}")
    for m, t, p in SETTINGS:
        times: dict[str, list[float]] = {"crypto": [], "cffi": []}
        for _ in range(args.runs):
            for name, fn in (("crypto", _crypto), ("cffi", _cffi)):
                start = time.perf_counter()
                fn(m, t, p, salt)
                times[name].append(time.perf_counter() - start)
        cells = [
            f"{statistics.median(v):.2f} ({min(v):.2f}-{max(v):.2f})".rjust(26)
            for v in times.values()
        ]
        print(f"{m:>5} {t:>2} {p:>2}  {cells[0]}  {cells[1]}")
    start = time.perf_counter()
    chosen = calibrate()
    print(
        f"calibrate() chose {chosen.memory_kib // 1024} MiB, t={chosen.time_cost}, "
        f"p={chosen.lanes} in {time.perf_counter() - start:.1f} s"
    )


if __name__ == "__main__":
    main()
