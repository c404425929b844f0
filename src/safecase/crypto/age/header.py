"""The age v1 text header: parse it strictly from a stream, write it, and compute its MAC.

Rule: parsing follows the spec's ABNF exactly and rejects everything else (CR, empty
arguments, long or extra short body lines, padding, non-canonical base64), because a lenient
parser would make the header malleable. The MAC is computed over the bytes as read, which equal
the canonical re-encoding since anything non-canonical has already been rejected.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safecase.crypto.age import b64
from safecase.crypto.age.errors import AgeHeaderError, AgeUnsupported
from safecase.crypto.age.reader import Reader

VERSION_LINE = b"age-encryption.org/v1\n"
_VERSION_PREFIX = b"age-encryption.org/"
_ARMOR_MARKER = b"-----BEGIN AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_MAC_B64_LEN = 43  # 32 bytes, unpadded
# Bounds so a hostile file cannot make us buffer without limit. Post-quantum stanzas are about
# 1.5 KiB each; 1 MiB leaves room for hundreds of recipients.
MAX_HEADER_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza: its arguments (the first names its type) and its decoded body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]


@dataclass(frozen=True, slots=True)
class Header:
    """A parsed header: its stanzas, the MAC it carries, and the bytes the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 of the header under HKDF(file key, salt = empty, info = "header")."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)
    return hmac.new(key, mac_input, hashlib.sha256).digest()


def _is_vchar_word(word: bytes) -> bool:
    return len(word) > 0 and all(0x21 <= c <= 0x7E for c in word)


def _parse_arg_line(line: bytes) -> tuple[str, ...]:
    # arg-line = "-> " argument *(SP argument) LF ; argument = 1*VCHAR
    words = line[3:-1].split(b" ")
    if not all(_is_vchar_word(w) for w in words):
        raise AgeHeaderError("stanza arguments must be non-empty printable words")
    return tuple(w.decode("ascii") for w in words)


def _parse_body(reader: Reader, raw: bytearray) -> bytes:
    lines: list[bytes] = []
    while True:
        line = reader.read_line(min(_COLUMNS + 1, MAX_HEADER_BYTES - len(raw)))
        if line is None:
            raise AgeHeaderError("stanza body is truncated or has a line over 64 columns")
        raw += line
        text = line[:-1]
        lines.append(text)
        if len(text) < _COLUMNS:
            break
    try:
        return b64.decode(b"".join(lines))
    except ValueError as exc:
        raise AgeHeaderError(f"stanza body: {exc}") from None


def _read_version_line(reader: Reader) -> bytes:
    first = reader.read_line(256)
    if first is None or not first.startswith(_VERSION_PREFIX):
        if reader.peek(len(_ARMOR_MARKER)) == _ARMOR_MARKER or (
            first is not None and first.startswith(_ARMOR_MARKER)
        ):
            raise AgeUnsupported("ASCII-armored age files are not supported; de-armor first")
        raise AgeHeaderError("not an age file (missing version line)")
    if first != VERSION_LINE:
        if _is_vchar_word(first[len(_VERSION_PREFIX) : -1]):
            raise AgeUnsupported("unsupported age format version")
        raise AgeHeaderError("malformed version line")
    return first


def read_header(reader: Reader) -> Header:
    """Parse a v1 header; raise `AgeHeaderError` (or `AgeUnsupported`) on any deviation."""
    raw = bytearray(_read_version_line(reader))
    stanzas: list[Stanza] = []
    while True:
        line = reader.read_line(MAX_HEADER_BYTES - len(raw))
        if line is None:
            raise AgeHeaderError("header is truncated or too large")
        if line.startswith(b"-> "):
            raw += line
            args = _parse_arg_line(line)
            stanzas.append(Stanza(args, _parse_body(reader, raw)))
        elif line.startswith(b"---"):
            return _parse_mac_line(stanzas, line, bytes(raw))
        else:
            raise AgeHeaderError("expected a stanza or the MAC line")


def _parse_mac_line(stanzas: list[Stanza], line: bytes, raw: bytes) -> Header:
    # end = "--- " 43base64char LF
    if not stanzas:
        raise AgeHeaderError("header has no recipient stanzas")
    if len(line) != 4 + _MAC_B64_LEN + 1 or line[3:4] != b" ":
        raise AgeHeaderError("malformed MAC line")
    try:
        mac = b64.decode(line[4:-1])
    except ValueError as exc:
        raise AgeHeaderError(f"MAC line: {exc}") from None
    # The MAC covers the header as read, up to and including "---" (not the space after it).
    return Header(tuple(stanzas), mac, raw + b"---")


def _serialize_stanzas(stanzas: Sequence[Stanza]) -> bytes:
    out = bytearray(VERSION_LINE)
    for stanza in stanzas:
        if not stanza.args or not all(_is_vchar_word(a.encode("ascii")) for a in stanza.args):
            raise ValueError("stanza arguments must be non-empty printable ASCII words")
        out += b"-> " + " ".join(stanza.args).encode("ascii") + b"\n"
        encoded = b64.encode(stanza.body)
        for i in range(0, len(encoded), _COLUMNS):
            out += encoded[i : i + _COLUMNS] + b"\n"
        if len(encoded) % _COLUMNS == 0:
            out += b"\n"  # the body always ends with a short (here empty) line
    return bytes(out)


def write_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """Serialise stanzas and append the MAC line keyed by `file_key`."""
    mac_input = _serialize_stanzas(stanzas) + b"---"
    return mac_input + b" " + b64.encode(header_mac(file_key, mac_input)) + b"\n"
