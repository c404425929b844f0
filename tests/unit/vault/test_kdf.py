"""The KDF computes standard Argon2id (checked against `cryptography`'s implementation as an
oracle), reads the passphrase from our buffer, and calibration never goes below the floor."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from safecase.crypto.kdf import FLOOR, KdfParams, calibrate, derive, passphrase_bytes


def test_derive_is_standard_argon2id() -> None:
    for params in (KdfParams(1024, 1, 1), KdfParams(8192, 2, 4), KdfParams(4096, 3, 2)):
        salt = os.urandom(16)
        secret = passphrase_bytes("Ärzte ohne Grenzen café 2026")
        oracle = Argon2id(
            salt=salt, length=32, iterations=params.time_cost, lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(bytes(secret))  # fmt: skip
        assert bytes(derive(secret, salt, params)) == oracle


def test_empty_passphrase_still_derives() -> None:
    assert len(derive(bytearray(), bytes(16), KdfParams(1024, 1, 1))) == 32


def test_calibration_respects_the_floor() -> None:
    ticks = iter(range(0, 10_000, 5))  # every derivation "takes" 5 s: far over the target
    params = calibrate(timer=lambda: float(next(ticks)))
    assert params.memory_kib >= FLOOR.memory_kib and params.time_cost >= FLOOR.time_cost
