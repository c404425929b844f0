"""Typed errors of the age implementation, mapped onto SafeCase's domain errors.

Rule: messages name what failed and where (a line, a chunk number), never key material,
passphrases, file keys or plaintext, because exception text can reach a log or a crash report.

Mapping (what the front ends turn into exit codes):

- `AgeNoIdentityMatch` is a `WrongSecret`: the file is well formed but the passphrase or key
  given does not open it (CLI exit 3).
- Everything else that describes a damaged, tampered or foreign file is an `InvalidInput`
  (CLI exit 5): `AgeHeaderError` (header does not parse or violates the spec),
  `AgeUnsupported` (a header failure we recognise but do not implement: other versions,
  ASCII armor), `AgeHeaderMacError` (header parsed and a key unwrapped, but the header MAC is
  wrong: tampered), `AgePayloadError` (a payload chunk failed authentication, or the payload
  is truncated or has trailing data), `AgeKeyFormatError` (a key string does not decode).

`AgeHeaderMacError` deliberately does not derive from `AgeHeaderError`, so that callers and
the test vectors can tell "malformed" from "tampered".
"""

from __future__ import annotations

from safecase.domain.errors import InvalidInput, SafeCaseError, WrongSecret


class AgeError(SafeCaseError):
    """Base of every error raised on purpose by `safecase.crypto.age`."""


class AgeNoIdentityMatch(AgeError, WrongSecret):
    """No identity could unwrap the file key: wrong passphrase or wrong key."""


class AgeHeaderError(AgeError, InvalidInput):
    """The header is malformed, violates the age v1 spec, or exceeds our limits."""


class AgeUnsupported(AgeHeaderError):
    """The file is in a form we recognise but deliberately do not read (e.g. ASCII armor)."""


class AgeHeaderMacError(AgeError, InvalidInput):
    """The header MAC does not verify: the header was altered after it was written."""


class AgePayloadError(AgeError, InvalidInput):
    """The payload is damaged, truncated, reordered or followed by trailing data."""


class AgeKeyFormatError(AgeError, InvalidInput, ValueError):
    """An `AGE-SECRET-KEY-1…` or `age1…` string does not decode to a valid key."""
