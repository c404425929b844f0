"""The key file: slots that wrap the vault's random data key, and a MAC that binds the file.

Format (JSON, documented in docs/vault-format.md):
- a passphrase slot: Argon2id parameters and salt, and the data key sealed with
  ChaCha20-Poly1305 under the derived key; the associated data binds the format, vault id, key id
  and every KDF parameter, so a changed parameter fails like a wrong passphrase;
- a recovery slot: the data key encrypted with age to the recovery identity's public recipient,
  so the slot can be re-made without the paper key and opened with the stock `age` tool;
- a MAC (HMAC-SHA256 under a key derived from the data key) over everything else, so nobody can
  swap the recovery recipient (and with it, where automatic backups are encrypted to).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import re
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safecase.crypto import age
from safecase.crypto.kdf import SALT_BYTES, KdfParams, derive
from safecase.domain.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey

FORMAT = "safecase-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
MAX_KEYFILE_BYTES = 64 * 1024


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged("key file field is not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise VaultDamaged("key file field is not base64") from exc
    # Only the canonical encoding: otherwise a changed padding bit would go unnoticed.
    if _b64(data) != text:
        raise VaultDamaged("key file field is not canonical base64")
    return data


def new_data_key() -> bytearray:
    return bytearray(os.urandom(DATA_KEY_BYTES))


def key_id_of(data_key: bytes | bytearray) -> str:
    """A short public fingerprint naming which data key a key file is for (not secret-revealing)."""
    return sha256(b"safecase key id\x00" + bytes(data_key)).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PassphraseSlot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True, slots=True)
class RecoverySlot:
    recipient: str
    age_file: bytes


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    key_id: str
    passphrase: PassphraseSlot
    recovery: RecoverySlot
    mac: bytes

    def body(self) -> dict[str, Any]:
        """Everything but the MAC, as stored."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "passphrase_slot": {
                "kdf": _kdf_json(self.passphrase.kdf, self.passphrase.salt),
                "nonce": _b64(self.passphrase.nonce),
                "wrapped": _b64(self.passphrase.wrapped),
            },
            "recovery_slot": {
                "recipient": self.recovery.recipient,
                "age": _b64(self.recovery.age_file),
            },
        }

    def to_bytes(self) -> bytes:
        doc = self.body()
        doc["mac"] = _b64(self.mac)
        return json.dumps(doc, indent=1, sort_keys=True).encode("ascii") + b"\n"


def _kdf_json(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "memory_kib": params.memory_kib,
        "time_cost": params.time_cost,
        "lanes": params.lanes,
        "salt": _b64(salt),
    }


def _slot_ad(vault_id: str, key_id: str, params: KdfParams, salt: bytes) -> bytes:
    return canonical_json(
        {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault_id,
            "key_id": key_id,
            "kdf": _kdf_json(params, salt),
        }
    )


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"safecase keyfile mac v1"
    ).derive(bytes(data_key))


def _compute_mac(body: dict[str, Any], data_key: bytes | bytearray) -> bytes:
    return hmac.new(_mac_key(data_key), canonical_json(body), sha256).digest()


def seal_passphrase_slot(
    vault_id: str,
    data_key: bytes | bytearray,
    passphrase: bytearray,
    params: KdfParams,
) -> PassphraseSlot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    wrapping = derive(passphrase, salt, params)
    try:
        ad = _slot_ad(vault_id, key_id_of(data_key), params, salt)
        wrapped = ChaCha20Poly1305(bytes(wrapping)).encrypt(nonce, bytes(data_key), ad)
    finally:
        wrapping[:] = bytes(len(wrapping))
    return PassphraseSlot(params, salt, nonce, wrapped)


def seal_recovery_slot(data_key: bytes | bytearray, recipient: str) -> RecoverySlot:
    rcpt = age.X25519Recipient.from_str(recipient)
    return RecoverySlot(rcpt.to_str(), age.encrypt_bytes([rcpt], bytes(data_key)))


def build(
    vault_id: str,
    data_key: bytes | bytearray,
    passphrase_slot: PassphraseSlot,
    recovery_slot: RecoverySlot,
) -> KeyFile:
    unsigned = KeyFile(vault_id, key_id_of(data_key), passphrase_slot, recovery_slot, b"")
    mac = _compute_mac(unsigned.body(), data_key)
    return KeyFile(vault_id, unsigned.key_id, passphrase_slot, recovery_slot, mac)


def verify(keyfile: KeyFile, data_key: bytes | bytearray) -> None:
    """The unwrapped key must be the one the file names, and the file must be unaltered."""
    if not hmac.compare_digest(key_id_of(data_key), keyfile.key_id):
        raise VaultDamaged("key file names another data key")
    expected = _compute_mac(keyfile.body(), data_key)
    if not hmac.compare_digest(expected, keyfile.mac):
        raise VaultDamaged("key file has been altered")


def open_with_passphrase(keyfile: KeyFile, passphrase: bytearray) -> bytearray:
    slot = keyfile.passphrase
    wrapping = derive(passphrase, slot.salt, slot.kdf)
    try:
        ad = _slot_ad(keyfile.vault_id, keyfile.key_id, slot.kdf, slot.salt)
        data_key = bytearray(
            ChaCha20Poly1305(bytes(wrapping)).decrypt(slot.nonce, slot.wrapped, ad)
        )
    except InvalidTag as exc:
        raise WrongPassphrase("passphrase slot did not open") from exc
    finally:
        wrapping[:] = bytes(len(wrapping))
    verify(keyfile, data_key)
    return data_key


def parse_recovery_key(text: str) -> age.X25519Identity:
    try:
        return age.X25519Identity.from_str(text)
    except age.AgeError as exc:
        raise WrongRecoveryKey("not a valid recovery key") from exc


def open_with_recovery(keyfile: KeyFile, identity: age.X25519Identity) -> bytearray:
    if identity.recipient.to_str() != keyfile.recovery.recipient:
        raise WrongRecoveryKey("recovery key belongs to another vault or an older key")
    try:
        data_key = bytearray(age.decrypt_bytes([identity], keyfile.recovery.age_file))
    except age.AgeError as exc:
        raise WrongRecoveryKey("recovery slot did not open") from exc
    if len(data_key) != DATA_KEY_BYTES:
        raise VaultDamaged("recovery slot holds no data key")
    verify(keyfile, data_key)
    return data_key


def parse(untrusted: bytes) -> KeyFile:
    """Parse a key file strictly; any malformation is damage, reported without its content."""
    if len(untrusted) > MAX_KEYFILE_BYTES:
        raise VaultDamaged("key file too large")
    try:
        doc = json.loads(untrusted.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise VaultDamaged("key file is not valid JSON") from exc
    try:
        return _from_doc(doc)
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamaged("key file is malformed") from exc


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise VaultDamaged("key file number is not an integer")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise VaultDamaged("key file field is not text")
    return value


def _from_doc(doc: Any) -> KeyFile:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise VaultDamaged("not a SafeCase key file")
    if doc.get("version") != VERSION:
        raise VaultDamaged("unsupported key file version")
    expected = {
        "format",
        "version",
        "vault_id",
        "key_id",
        "passphrase_slot",
        "recovery_slot",
        "mac",
    }
    if set(doc) != expected:
        raise VaultDamaged("key file has unexpected fields")
    ps, rs, kdf = doc["passphrase_slot"], doc["recovery_slot"], doc["passphrase_slot"]["kdf"]
    if kdf["alg"] != "argon2id" or set(kdf) != {"alg", "memory_kib", "time_cost", "lanes", "salt"}:
        raise VaultDamaged("unsupported key derivation")
    params = KdfParams(_int(kdf["memory_kib"]), _int(kdf["time_cost"]), _int(kdf["lanes"]))
    if not params.is_acceptable():
        raise VaultDamaged("key derivation parameters out of range")
    slot = PassphraseSlot(params, _unb64(kdf["salt"]), _unb64(ps["nonce"]), _unb64(ps["wrapped"]))
    if len(slot.salt) != SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
        raise VaultDamaged("key file slot has wrong sizes")
    recovery = RecoverySlot(_str(rs["recipient"]), _unb64(rs["age"]))
    key_id = _str(doc["key_id"])
    if not re.fullmatch(r"[0-9a-f]{16}", key_id):
        raise VaultDamaged("key file names no valid key id")
    return KeyFile(_str(doc["vault_id"]), key_id, slot, recovery, _unb64(doc["mac"]))
