"""Bech32 (BIP 173) encoding of age keys, without BIP 173's 90-character length limit.

Rule: the checksum is always computed over the lower-case form; a string must be all upper or
all lower case (callers that want to be lenient with typed-in keys fold case first). This is
plain bech32 (checksum constant 1), not bech32m, as the age spec requires.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The string is not valid bech32; the message says why (never repeats the input)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _create_checksum(hrp: str, data: list[int]) -> list[int]:
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, *, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or ((acc << (to_bits - bits)) & max_value):
        # Leftover bits must be fewer than a whole input group and all zero (canonical form).
        raise Bech32Error("invalid padding in data part")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Lower-case bech32 of `data` under the human-readable part `hrp`."""
    hrp = hrp.lower()
    words = _convert_bits(data, 8, 5, pad=True)
    return hrp + "1" + "".join(_CHARSET[w] for w in [*words, *_create_checksum(hrp, words)])


def decode(untrusted_text: str) -> tuple[str, bytes]:
    """Return (lower-case hrp, data) of a bech32 string, or raise `Bech32Error`."""
    if any(ord(c) < 33 or ord(c) > 126 for c in untrusted_text):
        raise Bech32Error("character outside printable ASCII")
    if untrusted_text.lower() != untrusted_text and untrusted_text.upper() != untrusted_text:
        raise Bech32Error("mixed upper and lower case")
    text = untrusted_text.lower()
    sep = text.rfind("1")
    if sep < 1:
        raise Bech32Error("missing human-readable part or separator")
    if len(text) - sep - 1 < 6:
        raise Bech32Error("too short for a checksum")
    hrp, data_part = text[:sep], text[sep + 1 :]
    try:
        words = [_CHARSET_INDEX[c] for c in data_part]
    except KeyError:
        raise Bech32Error("character outside the bech32 alphabet") from None
    if _polymod([*_hrp_expand(hrp), *words]) != 1:
        raise Bech32Error("checksum mismatch (mistyped or damaged)")
    return hrp, bytes(_convert_bits(words[:-6], 5, 8, pad=False))
