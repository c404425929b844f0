"""The worked examples of deadline-rules.md §4, exactly as the research notes give them."""

from __future__ import annotations

from datetime import date

import pytest

from safecase.domain.deadlines import compute, load_core_pack

CORE = load_core_pack()


@pytest.mark.parametrize(
    ("rule_id", "trigger", "expected"),
    [
        ("echr.application", date(2023, 10, 31), date(2024, 2, 29)),  # clamp in a leap year
        ("echr.application", date(2022, 1, 15), date(2022, 7, 15)),  # 6-month regime
        ("pl.refugee_board.appeal", date(2025, 10, 28), date(2025, 11, 12)),  # 11 Nov holiday
        ("at.bvwg.appeal", date(2025, 12, 4), date(2026, 1, 2)),  # 1 Jan holiday
        ("dublin3.transfer", date(2026, 1, 15), date(2026, 7, 15)),
    ],
)
def test_worked_example(rule_id: str, trigger: date, expected: date) -> None:
    result = compute(CORE.get(rule_id), trigger, pack=CORE)
    assert result.due == expected
    assert result.requested_rule_id == rule_id
    assert result.outer_limit is None


def test_echr_leap_year_example_does_not_roll() -> None:
    result = compute(CORE.get("echr.application"), date(2023, 10, 31), pack=CORE)
    assert result.rule_id == "echr.application"
    assert any("clamped" in step for step in result.trace)
    assert any("No roll" in step for step in result.trace)


def test_echr_pre_2022_example_uses_six_month_rule() -> None:
    result = compute(CORE.get("echr.application"), date(2022, 1, 15), pack=CORE)
    assert result.rule_id == "echr.application.six_months"
    assert any("echr.application.six_months applies instead" in step for step in result.trace)


def test_polish_example_explains_the_holiday() -> None:
    result = compute(CORE.get("pl.refugee_board.appeal"), date(2025, 10, 28), pack=CORE)
    text = "\n".join(result.trace)
    assert "2025-10-28 + 14 days = 2025-11-11" in text
    assert "National Independence Day" in text
    assert "rolled forward to 2025-11-12" in text


def test_austrian_example_explains_new_year() -> None:
    result = compute(CORE.get("at.bvwg.appeal"), date(2025, 12, 4), pack=CORE)
    text = "\n".join(result.trace)
    assert "2025-12-04 + 4 weeks = 2026-01-01" in text
    assert "New Year's Day" in text
