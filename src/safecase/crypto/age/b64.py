"""Strict unpadded standard base64, as the age v1 header requires (RFC 4648 section 4, no `=`).

Rule: decoding accepts only the canonical encoding (section 3.5): no padding, no characters
outside the alphabet, no whitespace, and zero spare bits. A non-canonical string decodes to the
same bytes as its canonical twin, so accepting it would make the header malleable.
"""

from __future__ import annotations

import base64
import binascii
import re

_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def encode(data: bytes) -> bytes:
    """Canonical unpadded base64 of `data`."""
    return base64.b64encode(data).rstrip(b"=")


def decode(untrusted_text: bytes) -> bytes:
    """Decode canonical unpadded base64; raise `ValueError` for anything else."""
    if _ALPHABET.fullmatch(untrusted_text) is None:
        raise ValueError("not unpadded base64")
    if len(untrusted_text) % 4 == 1:
        raise ValueError("impossible base64 length")
    padded = untrusted_text + b"=" * (-len(untrusted_text) % 4)
    try:
        data = base64.b64decode(padded, validate=True)
    except binascii.Error as exc:  # pragma: no cover - the checks above make this unreachable
        raise ValueError("not base64") from exc
    # Non-zero spare bits in the last character would still decode: re-encode to catch them.
    if encode(data) != untrusted_text:
        raise ValueError("non-canonical base64")
    return data
