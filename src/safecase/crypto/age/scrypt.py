"""The age scrypt recipient type: passphrase-encrypted files.

Rules: the work factor is written as log2(N) in decimal without leading zeros; we encrypt with
at least 2**18 unless the caller explicitly opts into weak parameters (tests), and never above
2**22, because stock `age` refuses more by default and a backup must open there. On decryption
a work factor above `max_log_n` is refused before any work is done (a hostile file could
otherwise demand gigabytes of memory). An scrypt stanza must be the only stanza in the header.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from safecase.crypto.age import b64
from safecase.crypto.age.errors import AgeHeaderError
from safecase.crypto.age.header import Stanza
from safecase.crypto.age.protocols import FILE_KEY_SIZE, WRAPPED_KEY_SIZE

STANZA_TYPE = "scrypt"
MIN_LOG_N = 18  # the age CLI's default: about 1 s here
MAX_LOG_N = 22  # the age CLI's default decryption limit
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_SALT_SIZE = 16
_ZERO_NONCE = bytes(12)
_WORK_FACTOR = re.compile(r"[1-9][0-9]*")


def _derive(passphrase: bytes | bytearray, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=_SALT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(bytes(passphrase))


def _check_passphrase(passphrase: bytes | bytearray) -> None:
    if not isinstance(passphrase, bytes | bytearray):
        raise TypeError("the passphrase must be bytes (UTF-8 encode it first)")
    if not passphrase:
        raise ValueError("the passphrase must not be empty")


class ScryptRecipient:
    """Encrypt to a passphrase. Keeps a reference to `passphrase` (do not wipe it until done)."""

    __slots__ = ("_log_n", "_passphrase")

    def __init__(
        self, passphrase: bytes | bytearray, log_n: int = MIN_LOG_N, *, allow_weak: bool = False
    ) -> None:
        _check_passphrase(passphrase)
        if log_n > MAX_LOG_N:
            raise ValueError(f"log_n above {MAX_LOG_N}: stock age would refuse to decrypt")
        if log_n < MIN_LOG_N and not allow_weak:
            raise ValueError(f"log_n below {MIN_LOG_N} is too weak (pass allow_weak=True)")
        if log_n < 1:
            raise ValueError("log_n must be at least 1")
        self._passphrase = passphrase
        self._log_n = log_n

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(_SALT_SIZE)
        key = _derive(self._passphrase, salt, self._log_n)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        args = (STANZA_TYPE, b64.encode(salt).decode("ascii"), str(self._log_n))
        return [Stanza(args, body)]

    def __repr__(self) -> str:
        return f"ScryptRecipient(log_n={self._log_n})"


class ScryptIdentity:
    """Decrypt with a passphrase, refusing work factors above `max_log_n`."""

    __slots__ = ("_max_log_n", "_passphrase")

    def __init__(self, passphrase: bytes | bytearray, max_log_n: int = MAX_LOG_N) -> None:
        _check_passphrase(passphrase)
        self._passphrase = passphrase
        self._max_log_n = max_log_n

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        ours = [s for s in stanzas if s.type == STANZA_TYPE]
        if not ours:
            return None
        if len(stanzas) != 1:
            raise AgeHeaderError("an scrypt stanza must be the only stanza in the header")
        stanza = ours[0]
        if len(stanza.args) != 3:
            raise AgeHeaderError("scrypt stanza must have exactly two arguments after its type")
        try:
            salt = b64.decode(stanza.args[1].encode("ascii"))
        except ValueError as exc:
            raise AgeHeaderError(f"scrypt salt: {exc}") from None
        if len(salt) != _SALT_SIZE:
            raise AgeHeaderError("scrypt salt must be 16 bytes")
        if _WORK_FACTOR.fullmatch(stanza.args[2]) is None:
            raise AgeHeaderError("scrypt work factor must be a decimal without leading zeros")
        # Compare as text length first so an absurd number is never converted.
        if len(stanza.args[2]) > 2 or int(stanza.args[2]) > self._max_log_n:
            raise AgeHeaderError(f"scrypt work factor above our limit of {self._max_log_n}")
        if len(stanza.body) != WRAPPED_KEY_SIZE:
            raise AgeHeaderError("scrypt stanza body has the wrong length")
        key = _derive(self._passphrase, salt, int(stanza.args[2]))
        try:
            file_key = ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None  # wrong passphrase
        if len(file_key) != FILE_KEY_SIZE:  # pragma: no cover - implied by the body length
            raise AgeHeaderError("file key has the wrong length")
        return file_key

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_log_n={self._max_log_n})"
