"""Encrypt and decrypt whole age v1 files: header, file key, MAC check, then the payload.

Rules: a fresh 16-byte file key and 16-byte payload nonce per file from the OS CSPRNG; the
header MAC is checked before a single payload byte is read; an scrypt stanza must stand alone.

`decrypt` streams: it writes each payload chunk to `dst` once that chunk has verified, and only
the end of the payload proves the file was not truncated. If `AgePayloadError` is raised,
`dst` may already hold a verified prefix. Callers that must never act on partial output
(restore) write to a temporary target and accept it only when `decrypt` returns.
"""

from __future__ import annotations

import hmac
import io
import os
from collections.abc import Sequence

from safecase.crypto.age import scrypt, stream
from safecase.crypto.age.errors import AgeHeaderError, AgeHeaderMacError, AgeNoIdentityMatch
from safecase.crypto.age.header import Stanza, header_mac, read_header, write_header
from safecase.crypto.age.protocols import FILE_KEY_SIZE, Identity, Recipient
from safecase.crypto.age.reader import ByteSink, ByteSource, Reader


def encrypt(
    recipients: Sequence[Recipient],
    src: ByteSource,
    dst: ByteSink,
    *,
    progress: stream.Progress | None = None,
) -> None:
    """Encrypt everything readable from `src` to `recipients`, writing an age file to `dst`.

    `progress`, if given, is called after each 64 KiB chunk with the number of plaintext
    bytes encrypted so far; an exception it raises aborts the operation.
    """
    if not recipients:
        raise ValueError("at least one recipient is required")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas: list[Stanza] = []
    for recipient in recipients:
        stanzas.extend(recipient.wrap(file_key))
    if any(s.type == scrypt.STANZA_TYPE for s in stanzas) and len(stanzas) != 1:
        raise ValueError("a passphrase (scrypt) recipient must be the only recipient")
    nonce = os.urandom(stream.NONCE_SIZE)
    dst.write(write_header(stanzas, file_key))
    dst.write(nonce)
    stream.encrypt_payload(stream.payload_key(file_key, nonce), src, dst, progress)


def decrypt(
    identities: Sequence[Identity],
    src: ByteSource,
    dst: ByteSink,
    *,
    progress: stream.Progress | None = None,
) -> None:
    """Decrypt the age file in `src` with the first identity that opens it, into `dst`.

    Raises `AgeHeaderError`/`AgeUnsupported` (malformed or unsupported header),
    `AgeNoIdentityMatch` (no identity opens it: wrong passphrase or key), `AgeHeaderMacError`
    (header altered) or `AgePayloadError` (payload damaged, truncated or extended). See the
    module docstring about partial output. `progress` receives the cumulative number of
    verified plaintext bytes written.
    """
    reader = Reader(src)
    header = read_header(reader)
    # Checked here, not only in the scrypt identity, so the rule holds for every identity.
    if any(s.type == scrypt.STANZA_TYPE for s in header.stanzas) and len(header.stanzas) != 1:
        raise AgeHeaderError("an scrypt stanza must be the only stanza in the header")
    file_key = _unwrap(identities, header.stanzas)
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise AgeHeaderMacError("header MAC mismatch: the header was modified")
    nonce = reader.read_up_to(stream.NONCE_SIZE)
    if len(nonce) != stream.NONCE_SIZE:
        raise AgeHeaderError("file ends before the payload nonce")
    stream.decrypt_payload(stream.payload_key(file_key, nonce), reader, dst, progress)


def _unwrap(identities: Sequence[Identity], stanzas: Sequence[Stanza]) -> bytes:
    for identity in identities:
        file_key = identity.unwrap(stanzas)
        if file_key is not None:
            return file_key
    raise AgeNoIdentityMatch("no identity opens this file (wrong passphrase or key)")


def encrypt_bytes(recipients: Sequence[Recipient], data: bytes) -> bytes:
    """Encrypt `data` in memory; see `encrypt`."""
    out = io.BytesIO()
    encrypt(recipients, io.BytesIO(data), out)
    return out.getvalue()


def decrypt_bytes(identities: Sequence[Identity], data: bytes) -> bytes:
    """Decrypt in memory; returns only fully verified plaintext (nothing on any error)."""
    out = io.BytesIO()
    decrypt(identities, io.BytesIO(data), out)
    return out.getvalue()
