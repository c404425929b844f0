"""Estimate how guessable a passphrase is, and say why in plain words.

A small pattern-matching estimator in the spirit of zxcvbn, written for SafeCase: the passphrase
is split into the cheapest sequence of patterns an attacker would try (common passwords and
words, word-like runs of letters, sequences, repeats, keyboard patterns, dates, and brute force
for everything else), and the guesses for each part are multiplied (log10 added).

Rules carried here:
- pure and deterministic: no I/O, no clock, no randomness;
- nothing returned ever contains any part of the passphrase (reasons are fixed sentences), so
  the result may be shown, read aloud by a screen reader or logged without leaking it;
- the thresholds assume an offline attacker with many GPUs against our Argon2id key slot
  (docs: performance-notes "KDF"), so they are stricter than zxcvbn's online-attack scores.
"""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MIN_LENGTH = 10
# Upper bounds (log10 guesses) of scores 0..3; 4 is anything above.
SCORE_BOUNDS = (6.0, 9.0, 12.0, 15.0)
ACCEPTABLE_LOG10 = 12.0
# Characters beyond this add nothing to the estimate (conservative, and keeps typing fast).
MAX_ANALYSED = 256
# A word an attacker's dictionary holds but our short list does not: about 50,000 candidates,
# and one such "word" for every AVERAGE_WORD_LEN letters in a run.
WORD_LOG10 = math.log10(50_000)
AVERAGE_WORD_LEN = 6.0
# Each extra pattern costs the attacker a little to combine (about a factor of two).
PATTERN_JOIN_LOG10 = math.log10(2)
YEAR_SPAN = 120
DAYS_PER_YEAR = 365

# The most common passwords and password words, most common first (rank matters a little).
_COMMON_TEXT = """
123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123 abc123 1234
password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321
monkey 1qaz2wsx 123321 qwertyuiop superman asdfghjkl trustno1 football baseball welcome admin
login master hello freedom whatever qazwsx shadow michael jennifer jordan hunter ashley bailey
passw0rd charlie donald batman starwars access flower mustang 666666 121212 7777777 lovely
888888 123qwe aa123456 1q2w3e killer pokemon secret summer winter spring autumn soccer hockey
ranger daniel thomas robert jessica michelle nicole andrew joshua matthew anthony william
george harley maggie buster tigger ginger pepper cookie chocolate cheese banana orange purple
yellow silver golden diamond cowboy eagle tiger lion bear wolf falcon phoenix angel angels
babygirl baby family friends forever blessed jesus christ allah peace love loveme lovelove
iloveu money freedom1 justice liberty lawyer court client case office work secret123 letmein1
welcome1 admin123 qwe123 asd123 zxc123 zxcvbnm asdfgh qweasd 1qazxsw2 q1w2e3r4 q1w2e3r4t5
a1b2c3 abcdef abcd1234 aaaaaa abc password12 password123 changeme default guest test test123
root toor administrator user demo pass pass123 passwort motdepasse contrasena contraseña
parola senha sifre haslo wachtwoord salasana lozinka heslo jelszo parool losen adgangskode
passord kodeord пароль йцукен qwertz azerty qwertzuiop azertyuiop 11111111 00000000 987654321
9876543210 112233 123654 147258369 159753 147258 123abc 1111 2222 5555 6969 696969 131313
159357 aaaaaa1 zzzzzz qqqqqq computer internet samsung apple google facebook iphone android
windows linux microsoft nokia sony yahoo hotmail gmail matrix hacker ninja wizard knight
warrior legend gamer player soldier liverpool chelsea arsenal barcelona realmadrid juventus
manchester united madrid milan london paris berlin moscow kyiv kiev istanbul cairo america
canada mexico brazil russia ukraine poland france germany england spain italy china india
africa europe asia australia country nation mother father sister brother daughter son wife
husband friend darling sweet sweety sweetheart honey sugar candy cupcake muffin pumpkin bunny
kitty kitten puppy doggy dog cat horse dolphin butterfly bird rabbit turtle monkey1 donkey
chicken snoopy mickey minnie garfield pikachu naruto goku sasuke dragonball spiderman ironman
hulk thor loki joker hello123 hi hey welcome123 sunshine1 princess1 dragon1 monkey123
football1 baseball1 jordan23 michael1 superman1 batman1 charlie1 shadow1 master1 killer1
qwerty1 abc1234 iloveyou1 iloveyou2 loveyou lover lovers romance kiss kisses hugs music guitar
piano rock metal jazz dance singer rapper star stars moon sun sky ocean river mountain forest
nature earth fire water ice snow rain storm thunder lightning wind light dark black white red
blue green pink brown grey gray one two three four five six seven eight nine ten first second
third alpha beta gamma delta omega zero hero happy happy1 smile funny crazy cool awesome
amazing beautiful pretty cute sexy hot fun party summer1 winter1 monday friday sunday january
february march april may june july august september october november december morning night
today tomorrow yesterday always never nothing something everything anything nobody somebody
everybody people person human life death live living dream dreams hope faith grace glory
heaven hell god goddess lord king queen prince princesse royal crown castle school college
student teacher doctor nurse police army navy office1 company business manager boss worker job
career project report secret1 private hidden safe security secure protect protected password2
password3 qwerty12 qwerty1234 asdf asdf1234 zxcv 1qaz 2wsx 3edc qaz123 wsx123 abcabc abcdefg
abcdefgh abcdefghi 123abc123 a123456 a12345 q123456 123456a 123456q 1234qwer qwer1234 qwer
asdfasdf zxcvzxcv qwerqwer 121314 1212 2000 2020 samantha amanda melissa elizabeth sarah emily
hannah lauren rachel stephanie heather amber megan kimberly tiffany brittany crystal danielle
victoria natasha olga irina anna maria sofia elena natalia tatiana svetlana ekaterina alex
alexander alexandra andrei dmitry sergey vladimir ivan oleg igor mohammed muhammad ahmed ali
omar hassan fatima aisha yusuf ibrahim jose juan carlos luis miguel pedro diego pablo fernando
antonio john james david richard joseph charles christopher paul mark steven kevin brian
edward ronald timothy jason jeffrey ryan gary nicholas eric stephen jacob larry frank scott
justin brandon benjamin samuel peter patrick jack dennis jerry tyler aaron henry adam douglas
nathan zachary kyle walter harold carl arthur gerald roger keith mary patricia linda barbara
susan margaret dorothy lisa nancy karen betty helen sandra donna carol ruth sharon laura
cynthia angela rebecca virginia kathleen pamela martha debra julie joyce christine diane
newyork california texas florida chicago boston dallas toronto sydney dubai justice1 freedom2
democracy rights humanrights refugee asylum law legal attorney judge evidence witness victim
protection shelter help helpme safecase vault unlock locked open opensesame sesame mypassword
mypass yourpassword nopassword nopass blank empty none null undefined unknown computer1
internet1 letmein123 trustme believe believer faithful lucky lucky7 number1 numberone champion
winner victory success power strong strength
"""
COMMON: dict[str, int] = {}
for _rank, _word in enumerate(_COMMON_TEXT.split(), start=1):
    COMMON.setdefault(_word, _rank)
_LONGEST_COMMON = max(len(w) for w in COMMON)


class Weakness(enum.Enum):
    """Why a passphrase is guessable; the value is a stable code for translations."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    ONE_CLASS = "one_class"
    COMMON_PASSWORD = "common_password"  # noqa: S105 - a reason code, not a password
    COMMON_WORD = "common_word"
    SEQUENCE = "sequence"
    REPEAT = "repeat"
    KEYBOARD = "keyboard"
    DATE = "date"
    PREDICTABLE = "predictable"


REASONS: dict[Weakness, str] = {
    Weakness.EMPTY: "There is no passphrase yet.",
    Weakness.TOO_SHORT: f"It is too short: use at least {MIN_LENGTH} characters.",
    Weakness.ONE_CLASS: "It uses only one kind of character, such as only lowercase letters or "
    "only digits.",
    Weakness.COMMON_PASSWORD: "It is one of the most common passwords, which attackers try first.",
    Weakness.COMMON_WORD: "It contains a very common password or word, which attackers try early.",
    Weakness.SEQUENCE: "It contains a run such as abc or 987.",
    Weakness.REPEAT: "It repeats characters or a part of itself, such as aaa or abcabc.",
    Weakness.KEYBOARD: "It contains a keyboard pattern, such as qwerty or asdf.",
    Weakness.DATE: "It contains a date or a year, which attackers try early.",
    Weakness.PREDICTABLE: "It is too predictable: attackers' word lists and common tricks, "
    "such as 0 for o or a capital first letter, would find it.",
}

_SUGGESTIONS: tuple[tuple[Weakness, str], ...] = (
    (Weakness.EMPTY, "Make up four or more unrelated words that you can remember."),
    (
        Weakness.COMMON_PASSWORD,
        "Do not use a well-known password. Make up four or more unrelated words instead.",
    ),
    (Weakness.TOO_SHORT, "Make it longer: four or more unrelated words are easy to remember."),
    (Weakness.KEYBOARD, "Leave out keyboard patterns and add another unrelated word."),
    (Weakness.SEQUENCE, "Leave out runs of letters or numbers and add another unrelated word."),
    (Weakness.REPEAT, "Leave out repeated parts and add another unrelated word."),
    (Weakness.DATE, "Leave out dates and years, especially ones connected to you."),
    (Weakness.COMMON_WORD, "Add another word or two that are not common or connected to you."),
    (Weakness.ONE_CLASS, "Add more words, or put a digit or a symbol in the middle."),
)
_GENERIC_SUGGESTION = "Add another unrelated word to make it harder to guess."
_GOOD_SUGGESTION = "Good. Make sure you can remember it, or keep it somewhere safe."
# Every suggestion the estimator can give (for translations, and for tests that check nothing
# else, such as a piece of the passphrase, is ever returned).
SUGGESTIONS = frozenset(
    {text for _, text in _SUGGESTIONS} | {_GENERIC_SUGGESTION, _GOOD_SUGGESTION}
)


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    score: int
    """0 (very guessable) to 4 (very hard to guess)."""
    guesses_log10: float
    """Estimated number of guesses an attacker needs, as a power of ten."""
    weaknesses: tuple[Weakness, ...]
    suggestion: str
    acceptable: bool
    """False for anything SafeCase should refuse as a vault passphrase."""

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(REASONS[w] for w in self.weaknesses)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    log10: float
    weakness: Weakness | None


# -- character classes -------------------------------------------------------------------------


def _class_of(ch: str) -> str:
    if "a" <= ch <= "z":
        return "lower"
    if "A" <= ch <= "Z":
        return "upper"
    if ch.isdigit() and ch.isascii():
        return "digit"
    if ch.isascii():
        return "symbol"
    return "letter" if ch.isalpha() else "other"


_CARDINALITY = {"lower": 26, "upper": 26, "digit": 10, "symbol": 33, "letter": 40, "other": 100}


def _brute_log10_per_char(text: str) -> float:
    return math.log10(sum(_CARDINALITY[c] for c in {_class_of(ch) for ch in text}))


# -- dictionary and word-like runs -------------------------------------------------------------

_LEET = {"4": "a", "@": "a", "8": "b", "(": "c", "3": "e", "6": "g", "9": "g", "0": "o"}
_LEET |= {"5": "s", "$": "s", "7": "t", "+": "t", "2": "z", "!": "i", "|": "l"}


def _unleet_variants(lower: str) -> set[str]:
    base = "".join(_LEET.get(ch, ch) for ch in lower)
    return {base.replace("1", "i"), base.replace("1", "l")}


def _case_log10(token: str) -> float:
    """Extra guesses for the capitalisation of a word-like token."""
    upper = sum(ch.isupper() for ch in token)
    lower = sum(ch.islower() for ch in token)
    if upper == 0:
        return 0.0
    if lower == 0 or (upper == 1 and (token[0].isupper() or token[-1].isupper())):
        return math.log10(2)
    ways = sum(math.comb(upper + lower, k) for k in range(1, min(upper, lower) + 1))
    return math.log10(max(ways, 2))


def _dictionary_matches(text: str, context: dict[str, int]) -> list[_Match]:
    lower = text.lower()
    longest = max(_LONGEST_COMMON, *(len(w) for w in context)) if context else _LONGEST_COMMON
    matches = []
    for i in range(len(text)):
        for j in range(i + 3, min(len(text), i + longest) + 1):
            piece = lower[i:j]
            rank = context.get(piece) or COMMON.get(piece)
            extra = 0.0
            if rank is None:
                ranks = [
                    r for v in _unleet_variants(piece) if (r := COMMON.get(v) or context.get(v))
                ]
                if not ranks:
                    continue
                rank = min(ranks)
                extra = math.log10(2) * sum(ch in _LEET or ch == "1" for ch in piece)
            cost = math.log10(rank + 1) + _case_log10(text[i:j]) + extra
            matches.append(_Match(i, j, cost, Weakness.COMMON_WORD))
    return matches


def _looks_like_words(run: str) -> bool:
    if not run.isascii():
        return True
    vowels = sum(ch in "aeiouy" for ch in run.lower())
    return vowels / len(run) >= 0.25


def _word_log10(letters: int) -> float:
    """Guesses for one dictionary word of this many letters: short words are few."""
    return min(WORD_LOG10, letters * math.log10(26))


def _word_run_matches(text: str) -> list[_Match]:
    """Runs of letters (leet digits and symbols read as letters) an attacker would try as one or
    more dictionary words."""
    readable = "".join(_LEET.get(ch, "l" if ch == "1" else ch) for ch in text)
    matches = []
    i = 0
    while i < len(text):
        if not readable[i].isalpha():
            i += 1
            continue
        j = i
        while j < len(text) and readable[j].isalpha():
            j += 1
        run = readable[i:j]
        if len(run) >= 2 and _looks_like_words(run):
            words = max(1.0, len(run) / AVERAGE_WORD_LEN)
            substituted = sum(a != b for a, b in zip(text[i:j], run, strict=True))
            cost = words * _word_log10(len(run)) + _case_log10(text[i:j])
            matches.append(_Match(i, j, cost + substituted * math.log10(2), None))
        i = j
    return matches


# -- sequences, repeats ------------------------------------------------------------------------


def _sub_runs(start: int, end: int, minimum: int) -> Iterable[tuple[int, int]]:
    for i in range(start, end - minimum + 1):
        for j in range(i + minimum, end + 1):
            yield i, j


def _sequence_matches(text: str) -> list[_Match]:
    matches = []
    i = 0
    while i < len(text) - 2:
        delta = ord(text[i + 1]) - ord(text[i])
        kind = _class_of(text[i])
        j = i + 1
        while (
            j < len(text)
            and delta in (-1, 1)
            and ord(text[j]) - ord(text[j - 1]) == delta
            and _class_of(text[j]) == kind
            and kind in ("lower", "upper", "digit")
        ):
            j += 1
        if j - i >= 3:
            for a, b in _sub_runs(i, j, 3):
                first = text[a]
                base = 4 if first in "aAzZ0129" else (10 if kind == "digit" else 26)
                cost = math.log10(base * (b - a)) + (math.log10(2) if delta < 0 else 0.0)
                matches.append(_Match(a, b, cost, Weakness.SEQUENCE))
            i = j - 1
        else:
            i += 1
    return matches


def _repeat_matches(text: str, solve: _Solver) -> list[_Match]:
    matches = []
    n = len(text)
    for i in range(n):
        for size in range(1, (n - i) // 2 + 1):
            block = text[i : i + size]
            count = 1
            while text[i + count * size : i + (count + 1) * size] == block:
                count += 1
            if count < 2 or (size == 1 and count < 3):
                continue
            # Only the smallest repeating block from each position (keeps this quadratic).
            base = math.log10(_CARDINALITY[_class_of(block)]) if size == 1 else solve(block)
            end = i + count * size
            matches.append(_Match(i, end, base + math.log10(count), Weakness.REPEAT))
            break
    return matches


# -- keyboard patterns -------------------------------------------------------------------------

_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_SHIFTED_ROWS = ("~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")
_ROW_OFFSETS = (0.0, 0.5, 0.75, 1.25)
_KEYS: dict[str, tuple[int, float, bool]] = {}
for _row, (_plain, _shifted) in enumerate(zip(_ROWS, _SHIFTED_ROWS, strict=True)):
    for _col, (_p, _s) in enumerate(zip(_plain, _shifted, strict=True)):
        _KEYS[_p] = (_row, _col + _ROW_OFFSETS[_row], False)
        _KEYS[_s] = (_row, _col + _ROW_OFFSETS[_row], True)
# Straight rows of other common layouts (AZERTY, QWERTZ, Russian ЙЦУКЕН).
_OTHER_ROWS: tuple[str, ...] = (
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertzuiop",
    "yxcvbnm",
    "йцукенгшщзхъ",
)
_OTHER_ROWS += ("фывапролджэ", "ячсмитьбю")
_LONGEST_ROW = max(len(r) for r in _OTHER_ROWS)
_KEYBOARD_STARTS = 47
_KEYBOARD_DIRECTIONS = 4


def _key_step(a: str, b: str) -> tuple[int, int] | None:
    ka, kb = _KEYS.get(a), _KEYS.get(b)
    if ka is None or kb is None:
        return None
    drow, dx = kb[0] - ka[0], kb[1] - ka[1]
    if (drow == 0 and abs(dx) == 1) or (abs(drow) == 1 and abs(dx) <= 0.8):
        return drow, round(dx * 4)
    return None


def _keyboard_matches(text: str) -> list[_Match]:
    matches = []
    n = len(text)
    for i in range(n - 2):
        turns, previous, shifted = 1, _key_step(text[i], text[i + 1]), _KEYS.get(text[i])
        j = i + 1
        any_shift = bool(shifted and shifted[2])
        while previous is not None and j < n:
            any_shift |= _KEYS[text[j]][2]
            j += 1
            if j - i >= 3:
                cost = math.log10(_KEYBOARD_STARTS * (j - i))
                cost += (turns - 1) * math.log10(_KEYBOARD_DIRECTIONS)
                cost += math.log10(2) if any_shift else 0.0
                matches.append(_Match(i, j, cost, Weakness.KEYBOARD))
            if j == n:
                break
            step = _key_step(text[j - 1], text[j])
            if step is not None and step != previous:
                turns += 1
            previous = step
    lower = text.lower()
    rows = _OTHER_ROWS + tuple(r[::-1] for r in _OTHER_ROWS)
    for i in range(n):
        for j in range(i + 4, min(n, i + _LONGEST_ROW) + 1):
            if any(lower[i:j] in row for row in rows):
                cost = math.log10(len(rows) * 10 * (j - i))
                matches.append(_Match(i, j, cost, Weakness.KEYBOARD))
    return matches


# -- dates -------------------------------------------------------------------------------------


def _is_year(digits: str) -> bool:
    return len(digits) == 2 or (len(digits) == 4 and 1900 <= int(digits) <= 2039)


def _is_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _plausible_date(parts: tuple[str, str, str]) -> bool:
    a, b, c = parts
    return (_is_year(c) and (_is_day_month(a, b) or _is_day_month(b, a))) or (
        _is_year(a) and len(a) == 4 and _is_day_month(c, b)
    )


def _date_matches(text: str) -> list[_Match]:
    matches = []
    n = len(text)
    full_date = math.log10(DAYS_PER_YEAR * YEAR_SPAN)
    for i in range(n):
        for size in (4, 6, 8):
            piece = text[i : i + size]
            if len(piece) != size or not (piece.isascii() and piece.isdigit()):
                continue
            if size == 4 and _is_year(piece):
                matches.append(_Match(i, i + 4, math.log10(YEAR_SPAN), Weakness.DATE))
            elif size == 4 and (_is_day_month(piece[:2], piece[2:]) or _is_day_month(*piece[::2])):
                matches.append(_Match(i, i + 4, math.log10(DAYS_PER_YEAR), Weakness.DATE))
            elif size == 6 and _plausible_date((piece[:2], piece[2:4], piece[4:])):
                matches.append(_Match(i, i + 6, full_date, Weakness.DATE))
            elif size == 8 and (
                _plausible_date((piece[:2], piece[2:4], piece[4:]))
                or _plausible_date((piece[:4], piece[4:6], piece[6:]))
            ):
                matches.append(_Match(i, i + 8, full_date, Weakness.DATE))
        for j in range(i + 5, min(n, i + 10) + 1):
            piece = text[i:j]
            for sep in "-/._ ":
                parts = piece.split(sep)
                if (
                    len(parts) == 3
                    and all(p.isascii() and p.isdigit() and 1 <= len(p) <= 4 for p in parts)
                    and _plausible_date((parts[0], parts[1], parts[2]))
                ):
                    matches.append(_Match(i, j, full_date + math.log10(4), Weakness.DATE))
    return matches


# -- the cheapest split ------------------------------------------------------------------------


class _Solver:
    """Finds the cheapest split of a text into patterns. Memoises per estimate only: a cache
    that outlived the call would keep passphrases in memory."""

    def __init__(self, context: dict[str, int], brute_per_char: float) -> None:
        self._context = context
        self._brute = brute_per_char
        self._memo: dict[str, tuple[float, tuple[_Match, ...]]] = {}

    def __call__(self, text: str) -> float:
        return self.solve(text)[0]

    def solve(self, text: str) -> tuple[float, tuple[_Match, ...]]:
        if text in self._memo:
            return self._memo[text]
        n = len(text)
        by_end: dict[int, list[_Match]] = {}
        for m in (
            *_dictionary_matches(text, self._context),
            *_word_run_matches(text),
            *_sequence_matches(text),
            *_repeat_matches(text, self),
            *_keyboard_matches(text),
            *_date_matches(text),
        ):
            by_end.setdefault(m.end, []).append(m)
        best = [0.0] + [math.inf] * n
        path: list[tuple[_Match, ...]] = [()] * (n + 1)
        for j in range(1, n + 1):
            best[j], path[j] = best[j - 1] + self._brute, path[j - 1]
            for m in by_end.get(j, ()):
                cost = best[m.start] + m.log10 + (PATTERN_JOIN_LOG10 if m.start else 0.0)
                if cost < best[j]:
                    best[j], path[j] = cost, (*path[m.start], m)
        self._memo[text] = (best[n], path[n])
        return self._memo[text]


def _score(log10: float) -> int:
    return next((s for s, bound in enumerate(SCORE_BOUNDS) if log10 < bound), 4)


def estimate_strength(passphrase: str, *, context_words: Iterable[str] = ()) -> StrengthEstimate:
    """How guessable `passphrase` is. `context_words` (the app's name, the user's name) count as
    the most common words of all."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return StrengthEstimate(0, 0.0, (Weakness.EMPTY,), _SUGGESTIONS[0][1], False)
    context = {w.lower(): 1 for w in context_words if len(w) >= 3}
    brute = _brute_log10_per_char(text)
    analysed = text[:MAX_ANALYSED]
    log10, path = _Solver(context, brute).solve(analysed)
    found = {m.weakness for m in path if m.weakness is not None}
    lower = text.lower()
    if lower in context or lower in COMMON or _unleet_variants(lower) & COMMON.keys():
        found.add(Weakness.COMMON_PASSWORD)
        found.discard(Weakness.COMMON_WORD)
    if len(text) < MIN_LENGTH:
        found.add(Weakness.TOO_SHORT)
    if len(text) < 16 and len({_class_of(ch) for ch in text}) == 1:
        found.add(Weakness.ONE_CLASS)
    score = _score(log10)
    acceptable = (
        log10 >= ACCEPTABLE_LOG10
        and len(text) >= MIN_LENGTH
        and Weakness.COMMON_PASSWORD not in found
    )
    if acceptable and score == 4:
        found.clear()
    if not acceptable and not found:
        found.add(Weakness.PREDICTABLE)
    weaknesses = tuple(w for w in Weakness if w in found)
    suggestion = next(
        (text for w, text in _SUGGESTIONS if w in found),
        _GOOD_SUGGESTION if acceptable else _GENERIC_SUGGESTION,
    )
    if acceptable and score == 4:
        suggestion = _GOOD_SUGGESTION
    return StrengthEstimate(score, round(log10, 2), weaknesses, suggestion, acceptable)
