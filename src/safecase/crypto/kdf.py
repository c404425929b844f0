"""Argon2id passphrase derivation and its calibration.

Passphrases travel as NFC-normalised UTF-8 `bytearray`s and the derived key is written into a
`bytearray` (`derive_into`), so both can be zeroed after use (best effort; see SECURITY.md).
Why argon2-cffi (with its zero-copy low-level API) and not `cryptography`: ADR 0002.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from _argon2_cffi_bindings import ffi, lib
from argon2.low_level import Type, core

ARGON2_VERSION_13 = 0x13
KEY_BYTES = 32
SALT_BYTES = 16

# RFC 9106's second recommended option is the floor for a vault created by the app or CLI.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
LANES = 4
# A caseworker's laptop may have 8 GiB; never ask for more than 1 GiB to unlock.
CEILING_MEMORY_KIB = 1024 * 1024
# Parameters read from a key file beyond these are refused rather than run (a denial of service).
MAX_ACCEPTED_MEMORY_KIB = 4 * 1024 * 1024
MAX_ACCEPTED_TIME_COST = 64
TARGET_UNLOCK_S = 1.0


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    lanes: int = LANES

    def is_at_least_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.time_cost >= FLOOR_TIME_COST

    def is_acceptable(self) -> bool:
        return (
            8 * self.lanes <= self.memory_kib <= MAX_ACCEPTED_MEMORY_KIB
            and 1 <= self.time_cost <= MAX_ACCEPTED_TIME_COST
            and 1 <= self.lanes <= 16
        )


FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_TIME_COST)


def passphrase_bytes(passphrase: str) -> bytearray:
    """NFC-normalise and encode, so the same words typed on another keyboard give the same key."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def derive(passphrase: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id through argon2-cffi's low-level context: its lanes run in parallel threads (about
    1.2× faster than `cryptography` here, so calibration affords more memory), and the C code
    reads the passphrase from, and writes the key into, our own buffers — no immutable copy."""
    out = bytearray(KEY_BYTES)
    context = ffi.new(
        "argon2_context *",
        {
            "out": ffi.from_buffer("uint8_t[]", out),
            "outlen": KEY_BYTES,
            "pwd": ffi.from_buffer("uint8_t[]", passphrase) if passphrase else ffi.NULL,
            "pwdlen": len(passphrase),
            "salt": ffi.new("uint8_t[]", salt),
            "saltlen": len(salt),
            "secret": ffi.NULL,
            "secretlen": 0,
            "ad": ffi.NULL,
            "adlen": 0,
            "t_cost": params.time_cost,
            "m_cost": params.memory_kib,
            "lanes": params.lanes,
            "threads": params.lanes,
            "version": ARGON2_VERSION_13,
            "allocate_cbk": ffi.NULL,
            "free_cbk": ffi.NULL,
            "flags": lib.ARGON2_DEFAULT_FLAGS,
        },
    )
    result = core(context, Type.ID.value)
    if result != lib.ARGON2_OK:
        raise ValueError("key derivation failed")
    return out


def calibrate(
    target_s: float = TARGET_UNLOCK_S,
    *,
    timer: Callable[[], float] = time.perf_counter,
    progress: Callable[[float], None] | None = None,
) -> KdfParams:
    """The strongest parameters whose derivation takes about `target_s` on this machine.

    Memory grows first (memory-hardness is what costs a GPU attacker), up to the ceiling; then
    the time cost. Never below the floor, whatever the machine.
    """
    memory, time_cost = FLOOR_MEMORY_KIB, FLOOR_TIME_COST
    probe = bytearray(b"calibration")
    salt = bytes(SALT_BYTES)

    def measure(p: KdfParams) -> float:
        start = timer()
        derive(probe, salt, p)
        return timer() - start

    elapsed = measure(KdfParams(memory, time_cost))
    while elapsed * 2 <= target_s and memory * 2 <= CEILING_MEMORY_KIB:
        memory *= 2
        elapsed = measure(KdfParams(memory, time_cost))
        if progress:
            progress(min(0.9, elapsed / target_s))
    while elapsed * (time_cost + 1) / time_cost <= target_s * 1.1 and time_cost < 16:
        elapsed = elapsed * (time_cost + 1) / time_cost
        time_cost += 1
    if progress:
        progress(1.0)
    return KdfParams(memory, time_cost)
