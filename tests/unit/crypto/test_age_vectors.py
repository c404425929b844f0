"""The C2SP CCTV age test vectors (tests/data/age-testdata, see its README) against our reader.

Every vector for a feature we implement must meet its `expect` exactly, with the failure class
that matches (a header failure must not surface as an HMAC failure, and so on), and the bytes
released to the sink, even on a payload failure, must hash to `payload`. Vectors for features
we do not implement (ASCII armor, the ML-KEM hybrid recipient) are still run, to prove that we
reject or ignore them safely.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from safecase.crypto.age import (
    AgeError,
    AgeHeaderError,
    AgeHeaderMacError,
    AgeKeyFormatError,
    AgeNoIdentityMatch,
    AgePayloadError,
    AgeUnsupported,
    Identity,
    ScryptIdentity,
    X25519Identity,
    decrypt,
)

VECTORS = Path(__file__).resolve().parents[2] / "data" / "age-testdata"
NOT_VECTORS = {"README.md", "LICENSE"}

EXPECTED_ERROR: dict[str, type[AgeError]] = {
    "no match": AgeNoIdentityMatch,
    "HMAC failure": AgeHeaderMacError,
    "header failure": AgeHeaderError,
    "payload failure": AgePayloadError,
}


@dataclass
class Vector:
    name: str
    meta: dict[str, list[str]] = field(default_factory=dict)
    age_file: bytes = b""

    def first(self, key: str) -> str | None:
        values = self.meta.get(key)
        return values[0] if values else None

    @property
    def expect(self) -> str:
        value = self.first("expect")
        assert value is not None
        return value


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, body = raw.split(b"\n\n", 1)
    vector = Vector(path.name)
    for line in head.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        vector.meta.setdefault(key, []).append(value)
    if vector.first("compressed") == "zlib":
        body = zlib.decompress(body)
    vector.age_file = body
    return vector


ALL = sorted(p.name for p in VECTORS.iterdir() if p.name not in NOT_VECTORS)
ARMORED = [n for n in ALL if load(VECTORS / n).first("armored") == "yes"]
HYBRID = [n for n in ALL if n.startswith("hybrid")]
# Failures any reader must see: a non-canonical body breaks the generic header grammar, and
# an X25519 stanza with a hybrid-sized share is malformed for the X25519 identity.
HYBRID_GENERIC_HEADER_FAILURES = {"hybrid_not_canonical_body", "hybrid_x25519_arg"}
SUPPORTED = [n for n in ALL if n not in ARMORED and n not in HYBRID]


def identities_for(vector: Vector) -> list[Identity]:
    out: list[Identity] = [X25519Identity.from_str(s) for s in vector.meta.get("identity", [])]
    # The vectors use work factors far below our default floor; the cap stays the default.
    out += [ScryptIdentity(p.encode("utf-8")) for p in vector.meta.get("passphrase", [])]
    return out


def run(vector: Vector, identities: list[Identity]) -> tuple[AgeError | None, bytes]:
    sink = io.BytesIO()
    try:
        decrypt(identities, io.BytesIO(vector.age_file), sink)
    except AgeError as exc:
        return exc, sink.getvalue()
    return None, sink.getvalue()


def test_the_vector_set_is_complete() -> None:
    # Guards against a vector silently disappearing from the checkout.
    assert len(ALL) == 143
    assert len(SUPPORTED) == 92
    assert len(ARMORED) == 33
    assert len(HYBRID) == 18
    assert (VECTORS / "LICENSE").is_file()


@pytest.mark.parametrize("name", SUPPORTED)
def test_vector(name: str) -> None:
    vector = load(VECTORS / name)
    error, released = run(vector, identities_for(vector))
    if vector.expect == "success":
        assert error is None, f"{name}: unexpected {type(error).__name__}: {error}"
    else:
        expected = EXPECTED_ERROR[vector.expect]
        assert isinstance(error, expected), f"{name}: got {type(error).__name__}: {error}"
        if expected is AgeHeaderError:
            assert not isinstance(error, AgeHeaderMacError)
    payload_hash = vector.first("payload")
    if payload_hash is not None:
        assert hashlib.sha256(released).hexdigest() == payload_hash
    else:
        assert released == b"", "nothing may be released before the header is accepted"


@pytest.mark.parametrize("name", ARMORED)
def test_armored_vector_is_refused(name: str) -> None:
    """Armor is not implemented: refused with a typed error, nothing released."""
    vector = load(VECTORS / name)
    identities: list[Identity] = [X25519Identity.generate()]
    error, released = run(vector, identities)
    assert isinstance(error, AgeHeaderError)
    assert released == b""
    if vector.age_file.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        assert isinstance(error, AgeUnsupported)


@pytest.mark.parametrize("name", HYBRID)
def test_hybrid_vector_stanzas_are_ignored_by_x25519(name: str) -> None:
    """ML-KEM stanzas are foreign to us: ignored (no match), unless an X25519 stanza is bad."""
    vector = load(VECTORS / name)
    for key in vector.meta.get("identity", []):
        if key.startswith("AGE-SECRET-KEY-PQ-"):
            with pytest.raises(AgeKeyFormatError):
                X25519Identity.from_str(key)
    error, released = run(vector, [X25519Identity.generate()])
    if name in HYBRID_GENERIC_HEADER_FAILURES:
        assert isinstance(error, AgeHeaderError)
    else:
        assert isinstance(error, AgeNoIdentityMatch), f"{name}: {error!r}"
    assert released == b""


def test_x25519_vector_with_unrelated_identity_is_no_match() -> None:
    vector = load(VECTORS / "x25519")
    error, _ = run(vector, [X25519Identity.generate()])
    assert isinstance(error, AgeNoIdentityMatch)


def test_scrypt_vector_work_factor_cap_is_enforced() -> None:
    vector = load(VECTORS / "scrypt")
    log_n = int(vector.age_file.split(b"\n")[1].split(b" ")[3])
    error, _ = run(vector, [ScryptIdentity(b"password", max_log_n=log_n - 1)])
    assert isinstance(error, AgeHeaderError)
    error, _ = run(vector, [ScryptIdentity(b"password", max_log_n=log_n)])
    assert error is None
