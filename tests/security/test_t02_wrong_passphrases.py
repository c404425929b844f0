"""T2 — wrong passphrases: generated near misses of the real passphrase (case flips, spaces
around it, NFD and compatibility forms, homoglyphs, every one-character deletion, insertion,
substitution and swap, prefixes, empty, 10 kB, 1 MB) never open the vault, each fails with
`WrongPassphrase` and nothing else, the vault's files stay byte-identical, and the right
passphrase (NFC or NFD: they are the same words) still opens it."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from security_helpers import RecordSecurity, counts

from helpers import FAST_KDF, snapshot
from safecase.crypto.kdf import passphrase_bytes
from safecase.domain.errors import WrongPassphrase
from safecase.services import vault as vault_service

RIGHT = unicodedata.normalize("NFC", "Ärzte Café ёлка correct horse 7")
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "r": "г", "A": "А", "C": "С", "7": "𝟕"}
NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm QWERTY1234567890-.,äöüéèёЁ"


def near_misses(rng: random.Random, n: int) -> list[str]:
    """At least `n` distinct strings, none equal to RIGHT after NFC normalisation."""
    p = RIGHT
    out: list[str] = []
    out += [p.upper(), p.lower(), p.title(), p.swapcase(), p.capitalize()]
    out += [p[:i] + p[i].swapcase() + p[i + 1 :] for i in range(len(p)) if p[i].swapcase() != p[i]]
    out += [w + p for w in (" ", "  ", "\t", "\u00a0", "\u200b", "\ufeff")]
    out += [p + w for w in (" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\x00")]
    out += [unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode()]  # accents lost
    out += [p.replace(k, v, 1) for k, v in HOMOGLYPHS.items() if k in p]
    out += [p[:i] + p[i + 1 :] for i in range(len(p))]  # deletions
    out += [p[:i] + p[i + 1] + p[i] + p[i + 2 :] for i in range(len(p) - 1) if p[i] != p[i + 1]]
    out += [p[:i] for i in range(len(p))]  # prefixes, the empty one included
    out += ["", " ", "x" * 10_000, p * 400, "Ä" * 1_000_000, p[::-1], p.replace(" ", "")]
    while len({g for g in out if unicodedata.normalize("NFC", g) != p}) < n:
        chars = list(p)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(chars) + 1)
            op = rng.choice(("insert", "substitute", "delete"))
            if op == "insert":
                chars.insert(i, rng.choice(NEIGHBOURS))
            elif op == "substitute" and i < len(chars):
                chars[i] = rng.choice(NEIGHBOURS)
            elif chars and i < len(chars):
                del chars[i]
        out.append("".join(chars))
    unique = list(dict.fromkeys(out))
    return [g for g in unique if unicodedata.normalize("NFC", g) != RIGHT]


@pytest.fixture
def nfc_vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    vault, _ = vault_service.create(root, passphrase_bytes(RIGHT), kdf=FAST_KDF)
    vault.close()
    return root


@pytest.mark.parametrize("n", counts(200, 2_000))
def test_t02_near_misses_never_open_and_change_nothing(
    nfc_vault: Path, n: int, record_security: RecordSecurity
) -> None:
    guesses = near_misses(random.Random(n), n)
    assert len(guesses) >= n
    before = snapshot(nfc_vault)
    accepted, other_errors = [], []
    for guess in guesses:
        try:
            vault_service.unlock(nfc_vault, passphrase_bytes(guess)).close()
        except WrongPassphrase:
            continue
        except Exception as exc:
            other_errors.append((guess[:30], type(exc).__name__))
            continue
        accepted.append(guess[:30])
    # Raw NFD bytes (a front end that forgot to normalise) are another passphrase too.
    nfd_raw = bytearray(unicodedata.normalize("NFD", RIGHT).encode("utf-8"))
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(nfc_vault, nfd_raw)
    unchanged = snapshot(nfc_vault) == before
    record_security("T2", n=len(guesses) + 1, accepted=len(accepted),
                    other_errors=len(other_errors), files_changed=int(not unchanged))  # fmt: skip
    assert accepted == []
    assert other_errors == []
    assert unchanged
    # The right words still open it, typed in NFC or NFD (normalised before derivation).
    vault_service.unlock(nfc_vault, passphrase_bytes(RIGHT)).close()
    vault_service.unlock(nfc_vault, passphrase_bytes(unicodedata.normalize("NFD", RIGHT))).close()
