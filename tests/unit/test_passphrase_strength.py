"""The passphrase strength estimator: refuses guessable passphrases, accepts good ones, and
explains itself in fixed sentences that never quote the passphrase."""

from __future__ import annotations

import secrets
import string
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safecase.domain.passphrase_strength import (
    ACCEPTABLE_LOG10,
    COMMON,
    MIN_LENGTH,
    REASONS,
    SUGGESTIONS,
    StrengthEstimate,
    Weakness,
    estimate_strength,
)

GOOD = (
    "correct horse battery staple",
    "lantern orbit velvet marsh",
    "correcthorsebatterystaple",
    "pelican quarry ember lattice",
    "мама мыла раму вчера вечером",
    "q7#Lm2$vX9!pR4",
)

COMMON_PASSWORDS = ("password", "123456", "qwerty", "iloveyou", "letmein", "monkey", "dragon")


def _fixed_texts() -> set[str]:
    return set(REASONS.values()) | SUGGESTIONS


def test_empty() -> None:
    result = estimate_strength("")
    assert result.score == 0
    assert not result.acceptable
    assert result.weaknesses == (Weakness.EMPTY,)
    assert result.suggestion


@pytest.mark.parametrize("password", COMMON_PASSWORDS)
def test_most_common_passwords_are_refused(password: str) -> None:
    result = estimate_strength(password)
    assert result.score == 0
    assert not result.acceptable
    assert Weakness.COMMON_PASSWORD in result.weaknesses


@pytest.mark.parametrize(
    "text",
    ["P@ssw0rd!", "Passw0rd2024", "iloveyou2024", "Monkey123456", "Dragon!Dragon!", "PASSWORD1"],
)
def test_common_words_with_tricks_are_refused(text: str) -> None:
    result = estimate_strength(text)
    assert not result.acceptable
    assert {Weakness.COMMON_WORD, Weakness.COMMON_PASSWORD, Weakness.REPEAT} & set(
        result.weaknesses
    )


def test_too_short() -> None:
    result = estimate_strength("xK9#qL2")
    assert Weakness.TOO_SHORT in result.weaknesses
    assert not result.acceptable
    assert str(MIN_LENGTH) in REASONS[Weakness.TOO_SHORT]


@pytest.mark.parametrize("text", ["8305729461", "zqxjvkwpbm"])
def test_only_one_character_class(text: str) -> None:
    assert Weakness.ONE_CLASS in estimate_strength(text).weaknesses


@pytest.mark.parametrize("text", ["lmnopqrs12", "98765432zz", "mnopqrstuv"])
def test_sequences(text: str) -> None:
    result = estimate_strength(text)
    assert Weakness.SEQUENCE in result.weaknesses
    assert not result.acceptable


@pytest.mark.parametrize(
    "text", ["aaaaaaaaaaaa", "abcabcabcabc", "xy12xy12xy12", "zzzzzzzzzzzzzzzzzzzz"]
)
def test_repeats(text: str) -> None:
    result = estimate_strength(text)
    assert Weakness.REPEAT in result.weaknesses
    assert not result.acceptable


@pytest.mark.parametrize("text", ["poiuytrewq", "wsxedcrfvtgb", "asdfghjkl;'", "qsdfghjklm"])
def test_keyboard_patterns(text: str) -> None:
    result = estimate_strength(text)
    assert Weakness.KEYBOARD in result.weaknesses, result
    assert not result.acceptable


@pytest.mark.parametrize(
    "text", ["maria 12.05.1987", "born19851231", "2019-04-01 paris", "31/12/1999 anna"]
)
def test_dates(text: str) -> None:
    result = estimate_strength(text)
    assert Weakness.DATE in result.weaknesses
    assert not result.acceptable


def test_a_plain_word_with_substitutions_is_predictable() -> None:
    result = estimate_strength("Tr0ub4dor&3")
    assert not result.acceptable
    assert result.weaknesses  # always a reason when refused


@pytest.mark.parametrize("text", GOOD)
def test_good_passphrases_are_accepted(text: str) -> None:
    result = estimate_strength(text)
    assert result.acceptable, result
    assert result.score >= 3
    assert result.guesses_log10 >= ACCEPTABLE_LOG10


def test_very_strong_has_no_complaints() -> None:
    result = estimate_strength("lantern orbit velvet marsh")
    assert result.score == 4
    assert result.weaknesses == ()
    assert result.suggestion.startswith("Good")


def test_context_words_count_as_common() -> None:
    text = "kestrel moonbeam harbour"
    assert estimate_strength(text).acceptable
    result = estimate_strength(text, context_words=[text])
    assert Weakness.COMMON_PASSWORD in result.weaknesses
    assert not result.acceptable


def test_app_name_is_not_a_good_start() -> None:
    result = estimate_strength("SafeCase2024!", context_words=["safecase"])
    assert not result.acceptable


def test_nfc_and_nfd_forms_score_the_same() -> None:
    text = "crème brûlée façade élan"
    assert estimate_strength(unicodedata.normalize("NFD", text)) == estimate_strength(text)


def test_common_list_is_a_reasonable_size() -> None:
    assert 500 <= len(COMMON) <= 1000
    assert all(word == word.lower() for word in COMMON)


def test_long_input_is_fast_and_capped() -> None:
    start = time.perf_counter()
    result = estimate_strength("a" * 10_000)
    assert time.perf_counter() - start < 1.0
    assert not result.acceptable, "a long run of one letter is still guessable"
    random_text = "".join(secrets.choice(string.printable[:94]) for _ in range(300))
    start = time.perf_counter()
    assert estimate_strength(random_text).acceptable
    assert time.perf_counter() - start < 1.0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_sane_estimate(text: str) -> None:
    result = estimate_strength(text)
    assert isinstance(result, StrengthEstimate)
    assert 0 <= result.score <= 4
    assert result.guesses_log10 >= 0
    if result.acceptable:
        assert len(unicodedata.normalize("NFC", text)) >= MIN_LENGTH
        assert result.guesses_log10 >= ACCEPTABLE_LOG10
    else:
        assert result.weaknesses, "a refusal always says why"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_reasons_are_fixed_sentences_never_the_passphrase(text: str) -> None:
    result = estimate_strength(text)
    allowed = _fixed_texts()
    assert set(result.reasons) <= allowed
    assert result.suggestion in allowed
    assert estimate_strength(text) == result, "deterministic"
