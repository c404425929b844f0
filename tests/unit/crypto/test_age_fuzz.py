"""Fuzzing the age reader: any input raises only `AgeError` subclasses, quickly.

The normal suite runs a few hundred examples; the `stress` variants (run by `make stress`,
which sets SAFECASE_STRESS=1) run 10,000 each.
"""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecase.crypto.age import (
    AgeError,
    Identity,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    encrypt_bytes,
)

IDENTITY = X25519Identity.generate()
# A low cap keeps a fuzzed scrypt stanza from costing real work; the parser is what we test.
IDENTITIES: list[Identity] = [IDENTITY, ScryptIdentity(b"fuzz", max_log_n=4)]
VALID_X25519 = encrypt_bytes([IDENTITY.recipient], os.urandom(200))
VALID_SCRYPT = encrypt_bytes([ScryptRecipient(b"fuzz", log_n=2, allow_weak=True)], b"abc")
HEADER_WORDS = [
    b"age-encryption.org/v1\n",
    b"-> X25519 ",
    b"-> scrypt ",
    b"--- ",
    b"\n",
    b" ",
    b"AAAA",
    b"A" * 43,
    b"A" * 64,
    b"=",
    b"\r\n",
    b"-----BEGIN AGE ENCRYPTED FILE-----\n",
]

STRESS = pytest.mark.skipif(
    not os.environ.get("SAFECASE_STRESS"), reason="stress run: make stress (SAFECASE_STRESS=1)"
)


def parse(data: bytes) -> None:
    # AgeError is the only acceptable failure; anything else propagates and fails the test.
    with contextlib.suppress(AgeError):
        decrypt(IDENTITIES, io.BytesIO(data), io.BytesIO())


header_like = st.lists(st.sampled_from(HEADER_WORDS) | st.binary(max_size=70), max_size=12).map(
    b"".join
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid file with a few bytes replaced, inserted or deleted."""
    data = bytearray(draw(st.sampled_from([VALID_X25519, VALID_SCRYPT])))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
        at = draw(st.integers(0, len(data)))
        if op == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        else:
            del data[at:]
    return bytes(data)


FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.timeout(120)
@FAST
@given(st.binary(max_size=400) | header_like)
def test_arbitrary_bytes_raise_only_age_errors(data: bytes) -> None:
    parse(data)


@pytest.mark.timeout(120)
@FAST
@given(mutated())
def test_mutated_files_raise_only_age_errors(data: bytes) -> None:
    parse(data)


@STRESS
@pytest.mark.stress
@pytest.mark.timeout(1800)
@SLOW
@given(st.binary(max_size=2000) | header_like)
def test_stress_arbitrary_bytes(data: bytes) -> None:
    parse(data)


@STRESS
@pytest.mark.stress
@pytest.mark.timeout(1800)
@SLOW
@given(mutated())
def test_stress_mutated_files(data: bytes) -> None:
    parse(data)
