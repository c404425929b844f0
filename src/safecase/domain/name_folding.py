"""Search-key folding for names written in Cyrillic and Latin scripts.

A person from Central Asia appears as ``Ержан Жаксылыков`` in one document, ``YERZHAN ZHAKSYLYKOV``
in a passport, ``Erjan Jaqsylyqov`` in a Kazakh Latin letter and ``Yerjan Žaksylykov`` in a European
court file. The records search indexes two forms of every name, both produced here:

``fold_text``
    A faithful Latin skeleton: case folded, diacritics stripped, Cyrillic letters of Russian,
    Kazakh, Karakalpak, Kyrgyz, Uzbek and Tajik transliterated, Turkish/Czech ``ş š ç č ž``
    spelled out.
    Used for all free text; an equal skeleton is the strong "same spelling" signal.
``name_key``
    An aggressive phonetic key for names only. Per word it merges: zh/j/dj/dzh (ж, ҷ); g/gh/ğ/h/kh/x
    (г ғ х ҳ һ - also Russian Г for Arabic h: Ибрагим = Ibrahim); sh/sch/ş/š (ш щ); ch/tch/tsch/č/ç
    (ч); ts/tz/c (ц); q/k; w/v; ou/u (French); o'/ў → u (Uzbek Ўктам = Uktam); y/i/ı/ы; e/i; glides
    after consonants (Aliya = Alia = Alija, Ilyas = Ilias, Maryam = Mariam); glide before e
    (Abdullayev = Abdullaev); ё after a consonant as e (Fyodor = Fiodor = Fedor, Diyor = Dier);
    word-initial y-/zh-/j- before a vowel and initial e (Yerzhan = Erzhan, Juldus = Yulduz);
    -iy/-ii/-ij/-y endings; -ov/-off/-ow and -ev/-ef spellings; final z/d/b devoicing; nb → mb;
    doubled letters.

Deliberately *not* merged (each would fold distinct common names together): a/o (Uzbek Nodir vs
Russian Nadir, also Mohammed vs Muhammad), o/u, -ov vs -ev, -ov vs -ova, an initial h against
none (Асан vs Хасан, Амид vs Хамид), French ch = ш (English ch = ч dominates, Chavkat ≠ Shavkat),
German j after a consonant as a glide (Iljas ≠ Ilyas: Uzbek -jon needs j = ж), palatal glides
dropped entirely (Ludmila ≠ Lyudmila: keeping the ``i`` keeps Алия apart from Алла).
Accepted collisions, because the Turkic languages themselves alternate these sounds: initial y/zh
(Яна = Жанна, Юсуп = Жусуп), e/i (Ринат = Ренат, Тимур = Темур), g/h (Галимов = Халимов).

Keys use a pinyin-like single letter per merged class so no class can be spelled by two plain
letters: j = ж/дж, x = ш/щ, q = ч, c = ц, h = г/х, y = glide between vowels.
Everything here is pure and deterministic (stdlib ``unicodedata`` only).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Final

__all__ = ["fold_text", "fts_query", "name_key", "similarity"]

# Apostrophe look-alikes vanish without splitting the word: Uzbek oʻ/gʻ, Gul'nara, O'Brien.
_APOSTROPHES: Final = frozenset("'`´‘’‛′ʹʻʼʽʾʿ＇")

_CYRILLIC: Final[Mapping[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Karakalpak, Kyrgyz, Uzbek, Tajik: the letter their official Latin alphabets use.
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ў": "o", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    # Tatar, Bashkir, Ukrainian, Serbian letters seen in the same files.
    "җ": "zh", "ҙ": "z", "ҫ": "s", "ҡ": "q", "ӊ": "n", "ӈ": "n", "ӏ": "", "є": "ye", "ї": "yi",
    "ґ": "g", "ј": "j", "ђ": "dj", "ћ": "ch", "џ": "dzh", "љ": "lj", "њ": "nj", "ѕ": "dz",
}  # fmt: skip
# Letters NFKD cannot take apart, or that must stay digraphs so every script meets in one skeleton.
_LATIN: Final[Mapping[str, str]] = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ı": "i", "ə": "a",
    "ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t",
    "ŋ": "n", "ĸ": "k",
}  # fmt: skip
_FOLD_MAP: Final[Mapping[str, str]] = {**_CYRILLIC, **_LATIN}
# For keys ё keeps its glide (the ё rule needs it), Uzbek ў is rendered у in Russian spellings,
# and ҷ is spelled unambiguously (a bare j is resolved by context).
_NAME_MAP: Final[Mapping[str, str]] = {**_FOLD_MAP, "ё": "yo", "ў": "u", "ҷ": "dzh"}


def _fold_char(char: str, explicit: Mapping[str, str]) -> str:
    parts: list[str] = []
    for low in char.casefold():
        # Explicit letters are looked up before NFKD so й, ў, ş keep their identity.
        if (mapped := explicit.get(low)) is not None:
            parts.append(mapped)
            continue
        for piece in unicodedata.normalize("NFKD", low):
            if (mapped := explicit.get(piece)) is not None:
                parts.append(mapped)
            elif piece in _APOSTROPHES:
                continue
            elif unicodedata.category(piece)[0] in "LN":
                parts.extend(c for c in piece.casefold() if unicodedata.category(c)[0] in "LN")
            elif unicodedata.category(piece)[0] != "M":
                parts.append(" ")
    return "".join(parts)


class _CharTable(dict[int, str]):
    """A ``str.translate`` table that folds each code point once, on first sight, then caches it."""

    __slots__ = ("_explicit",)

    def __init__(self, explicit: Mapping[str, str]) -> None:
        super().__init__()
        self._explicit = explicit
        for code in (*range(0x250), *range(0x400, 0x530)):  # Latin and Cyrillic, pre-warmed
            self[code] = _fold_char(chr(code), explicit)

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code), self._explicit)
        self[code] = folded  # a pure function of code, so a racing writer stores the same value
        return folded


_FOLD_TABLE: Final = _CharTable(_FOLD_MAP)
_NAME_TABLE: Final = _CharTable(_NAME_MAP)


def fold_text(text: str) -> str:
    """Case-fold, strip diacritics and transliterate into one Latin skeleton.

    Letters and digits survive; apostrophes vanish inside a word; every other character separates
    words; words come back joined by single spaces.
    """
    # NFC first so a decomposed й (и + breve) meets the same table entry as a precomposed one.
    return " ".join(unicodedata.normalize("NFC", text).translate(_FOLD_TABLE).split())


# ---------------------------------------------------------------------------- name keys
# Placeholders for merged classes are upper case: folded words are lower case, so they cannot clash.
_CLUSTERS: Final[Mapping[str, str]] = {
    "tsch": "C", "shch": "S", "dzh": "J", "sch": "S", "tch": "C", "zh": "J", "dj": "J", "sh": "S",
    "ch": "C", "kh": "H", "gh": "H", "ts": "T", "tz": "T", "ph": "f", "ck": "k", "ou": "u",
    "h": "H", "g": "H", "x": "H", "c": "T", "q": "k", "w": "v",
}  # fmt: skip
_CLUSTER_RE: Final = re.compile("|".join(sorted(_CLUSTERS, key=len, reverse=True)))
_UZBEK_O: Final = re.compile("[oO][" + re.escape("".join(sorted(_APOSTROPHES))) + "]")
_CONSONANT: Final = "[bdfklmnprstvzJSCHT]"
# ё after a consonant and before one: Fyodor, Fiodor, Pyotr, Semyonov, Diyor (Диёр = Диер).
_YO_RE: Final = re.compile(f"(?<={_CONSONANT})[iy]+o(?={_CONSONANT})")
# A glide run; a j straight after i/y and before a vowel or the end is a glide (Alija, Dmitrij).
_GLIDE_RE: Final = re.compile(r"[iy]+j(?=[aeou]|$)|[iy]+|j")
_ENDING_RE: Final = re.compile(r"([oe])[fv]+(a?)$")  # -off -of -ow -eff -ef -ew (w is v by now)
_DEVOICE: Final[Mapping[str, str]] = {"z": "s", "d": "t", "b": "p"}
_DOUBLE_RE: Final = re.compile(r"(.)\1+")
_OUTPUT: Final = str.maketrans({"J": "j", "S": "x", "C": "q", "T": "c", "H": "h", "Y": "y"})
_VOWELS: Final = "aeou"


def _is_vowel(char: str) -> bool:
    return char != "" and char in _VOWELS


def _resolve_glide(run: str, prev: str, nxt: str) -> str:
    """Map a run of i/y (maybe ending in a glide j) given its neighbours ('' at a word edge)."""
    if run == "j":
        # Latin j is ж (Uzbek, Kazakh, Turkmen Latin) except as a final й after a vowel: Sergej.
        return "i" if _is_vowel(prev) and not nxt else "J"
    if run.endswith("j") and _is_vowel(prev):
        return _resolve_glide(run[:-1], prev, "j") + "J"  # Aijan: vowel i then ж
    if not _is_vowel(nxt):
        return "i"  # a vowel: Kayrat = Kairat, ы = i, -iy/-ii/-y endings
    if not prev:
        return "J"  # initial glide merges with initial ж: Yulduz = Iulduz = Juldus
    if _is_vowel(prev):
        return "" if nxt == "e" else "Y"  # Abdullayev = Abdullaev; Maya = Maia = Mayya
    return "i"  # after a consonant: Aliya = Alia = Alija, Ilyas = Ilias


def _glide_sub(match: re.Match[str]) -> str:
    word, start, end = match.string, match.start(), match.end()
    prev = word[start - 1] if start else ""
    return _resolve_glide(match.group(), prev, word[end] if end < len(word) else "")


@functools.lru_cache(maxsize=65_536)  # names repeat: keying a word is ~15 µs, a hit ~0.1 µs
def _key_word(word: str, *, complete: bool = True) -> str:
    """Key one folded word; ``complete=False`` skips word-final rules for type-ahead prefixes."""
    word = _CLUSTER_RE.sub(lambda m: _CLUSTERS[m.group()], word)
    word = _YO_RE.sub("e", word)
    word = _GLIDE_RE.sub(_glide_sub, word)
    if word.startswith("e"):
        word = "J" + word  # Russian initial Е is ye: Erzhan = Yerzhan
    if complete:
        if len(word) > 4:
            word = _ENDING_RE.sub(r"\1v\2", word)
        if len(word) > 1 and word[-1] in _DEVOICE:  # not initials: "B." stays b
            word = word[:-1] + _DEVOICE[word[-1]]  # Juldus = Yulduz, Murat = Murad, Sait = Said
    else:
        # Drop what a word-final rule could still change, so the prefix of a typed whole word
        # is a prefix of its complete key ("Yulduz" finds juldus, "Ivanoff" finds ivanov).
        word = _ENDING_RE.sub(r"\1", word)
        if len(word) > 1 and word[-1] in _DEVOICE:
            word = word[:-1]
    word = word.replace("e", "i").replace("nb", "mb")
    return _DOUBLE_RE.sub(r"\1", word).translate(_OUTPUT)


def _name_words(name: str) -> list[str]:
    text = _UZBEK_O.sub("ў", unicodedata.normalize("NFC", name))
    return text.translate(_NAME_TABLE).split()


def name_key(name: str) -> str:
    """Phonetic skeleton of a name: each word keyed separately, joined by single spaces."""
    return " ".join(filter(None, (_key_word(w) for w in _name_words(name))))


# ---------------------------------------------------------------------------- queries
_MAX_QUERY_TOKENS: Final = 32  # a name search never needs more; bounds the work per keystroke


def fts_query(user_input: str, *, prefix: bool = True, keys: bool = False) -> str | None:
    """Turn free user input into a safe FTS5 MATCH expression, or None if nothing is searchable.

    Every token is a double-quoted string, so FTS5 operators, column filters and brackets in the
    input are plain text. Tokens are ANDed; with ``prefix`` the last one matches as a prefix.
    With ``keys`` tokens are name keys (match against an index of ``name_key``); the prefix token
    is then keyed without word-final rules, so "Ahmad" still finds "Ahmadjon".
    """
    if keys:
        words = _name_words(user_input)[:_MAX_QUERY_TOKENS]
        last = len(words) - 1
        tokens = [_key_word(w, complete=not (prefix and i == last)) for i, w in enumerate(words)]
    else:
        tokens = fold_text(user_input).split()[:_MAX_QUERY_TOKENS]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    # Tokens hold only letters and digits; doubling quotes keeps that safe if it ever changes.
    parts = ['"' + t.replace('"', '""') + '"' for t in tokens]
    if prefix:
        parts[-1] += "*"
    return " AND ".join(parts)


# ---------------------------------------------------------------------------- similarity
def _levenshtein_ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return 1.0 - previous[-1] / max(len(a), len(b))


def similarity(a: str, b: str) -> float:
    """Similarity 0..1 of two names on their keys, ignoring word order.

    Words are paired greedily by edit-distance ratio and weighted by length. When both names have at
    least two words, a name that is a subset of the other (missing patronymic) scores 0.95 of its
    paired words, so a duplicate is still flagged; a lone given name is not enough for that.
    """
    words_a, words_b = name_key(a).split(), name_key(b).split()
    if not words_a or not words_b:
        return 0.0
    if sorted(words_a) == sorted(words_b):
        return 1.0
    pairs = sorted(
        (
            (_levenshtein_ratio(x, y), i, j)
            for i, x in enumerate(words_a)
            for j, y in enumerate(words_b)
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    score = weight = 0.0
    for ratio, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pair_weight = len(words_a[i]) + len(words_b[j])
        score += ratio * pair_weight
        weight += pair_weight
    full = score / (sum(map(len, words_a)) + sum(map(len, words_b)))
    if min(len(words_a), len(words_b)) >= 2:
        return max(full, 0.95 * score / weight)
    return full
