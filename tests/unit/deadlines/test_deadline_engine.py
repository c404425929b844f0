"""The engine: zones, elapsed time, suspensions, variants, validity windows, ambiguity, trace."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from safecase.domain.deadlines import (
    Act,
    ClockSuspended,
    Confidence,
    DeadlineComputationError,
    Offset,
    Roll,
    Rule,
    Suspension,
    SuspensionMode,
    TriggerKind,
    Unit,
    WorkingCalendar,
    compute,
    load_core_pack,
)
from safecase.domain.errors import SafeCaseError

CORE = load_core_pack()
ALMATY = ZoneInfo("Asia/Almaty")
VIENNA = ZoneInfo("Europe/Vienna")
PARIS = ZoneInfo("Europe/Paris")


def make_rule(**overrides: Any) -> Rule:
    values: dict[str, Any] = {
        "id": "test.rule",
        "title": "test rule",
        "trigger": "date of the test event",
        "trigger_kind": TriggerKind.DATE,
        "zone": "Europe/Vienna",
        "offset": Offset(30, Unit.DAYS),
        "roll": Roll.NONE,
        "act": Act.DISPATCH,
        "source": "test source",
        "confidence": Confidence.HIGH,
        "checked": date(2026, 11, 25),
        "jurisdictions": ("AT",),
        "case_kinds": (),
    }
    values.update(overrides)
    return Rule(**values)


# --- time zones -------------------------------------------------------------------------------


def test_trigger_served_at_night_in_almaty_is_the_previous_day_in_strasbourg() -> None:
    served = datetime(2023, 11, 1, 2, 30, tzinfo=ALMATY)  # 2023-10-31 21:30 in Paris
    result = compute(CORE.get("echr.application"), served, pack=CORE)
    assert result.trigger_local == date(2023, 10, 31)
    assert result.due == date(2024, 2, 29)
    as_date = compute(CORE.get("echr.application"), date(2023, 11, 1), pack=CORE)
    assert as_date.due == date(2024, 3, 1)


def test_trigger_served_at_0230_almaty_counted_in_vienna() -> None:
    served = datetime(2025, 12, 5, 2, 30, tzinfo=ALMATY)  # 2025-12-04 22:30 in Vienna
    result = compute(CORE.get("at.bvwg.appeal"), served, pack=CORE)
    assert result.trigger_local == date(2025, 12, 4)
    assert result.due == date(2026, 1, 2)
    text = "\n".join(result.trace)
    assert "in Europe/Vienna that is 2025-12-04 22:30:00" in text
    assert "civil date 2025-12-04" in text


def test_naive_datetime_trigger_is_refused() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(CORE.get("at.bvwg.appeal"), datetime(2025, 12, 5, 2, 30), pack=CORE)
    assert caught.value.field == "trigger"
    assert isinstance(caught.value, SafeCaseError)


def test_expiry_is_end_of_day_in_the_authority_zone() -> None:
    result = compute(CORE.get("pl.wsa.complaint"), date(2026, 2, 2), pack=CORE)
    assert result.expires_at == datetime(2026, 3, 4, 23, 59, 59, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert result.expires_at.tzinfo is not None


def test_zone_override_for_a_multi_state_rule() -> None:
    result = compute(
        CORE.get("dublin3.transfer"), date(2026, 1, 15), pack=CORE, zone="Europe/Athens"
    )
    assert result.zone == "Europe/Athens"
    assert result.expires_at.utcoffset() == timedelta(hours=3)
    assert any("Europe/Athens (given)" in step for step in result.trace)


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(make_rule(), date(2026, 1, 1), zone="Mars/Olympus_Mons")
    assert caught.value.field == "zone"


# --- elapsed time -----------------------------------------------------------------------------


def test_elapsed_time_across_kazakhstan_offset_change() -> None:
    detained = datetime(2024, 2, 1, 10, 0, tzinfo=ALMATY)  # UTC+6 then
    result = compute(CORE.get("kz.extradition.custody"), detained, pack=CORE)
    # Same-tzinfo datetimes subtract as wall clocks in Python: compare in UTC.
    assert result.expires_at.astimezone(UTC) - detained.astimezone(UTC) == timedelta(days=40)
    assert result.expires_at.astimezone(UTC) == datetime(2024, 3, 12, 4, 0, tzinfo=UTC)
    assert result.expires_at.utcoffset() == timedelta(hours=5)
    assert (result.expires_at.hour, result.due) == (9, date(2024, 3, 12))  # not 10:00 wall time
    assert any("UTC offset changes" in step for step in result.trace)


def test_elapsed_time_trigger_from_another_zone() -> None:
    detained = datetime(2025, 6, 1, 22, 0, tzinfo=VIENNA)  # 01:00 on 2 June in Almaty
    result = compute(CORE.get("kz.extradition.custody"), detained, pack=CORE)
    assert result.trigger_local == datetime(2025, 6, 2, 1, 0, tzinfo=ALMATY)
    assert result.expires_at == datetime(2025, 7, 12, 1, 0, tzinfo=ALMATY)


def test_elapsed_rule_needs_a_moment() -> None:
    with pytest.raises(DeadlineComputationError, match="elapsed time"):
        compute(CORE.get("kz.extradition.custody"), date(2025, 6, 1), pack=CORE)


def test_elapsed_rule_cannot_be_suspended() -> None:
    detained = datetime(2025, 6, 1, 8, 0, tzinfo=ALMATY)
    with pytest.raises(DeadlineComputationError) as caught:
        compute(
            CORE.get("kz.extradition.custody"), detained, suspensions=[Suspension(date(2025, 6, 5))]
        )
    assert caught.value.field == "suspensions"


def test_unverified_rule_asks_for_confirmation() -> None:
    detained = datetime(2025, 6, 1, 8, 0, tzinfo=ALMATY)
    result = compute(CORE.get("kz.extradition.arrest.max"), detained, pack=CORE)
    assert result.confidence is Confidence.UNVERIFIED
    assert result.needs_confirmation
    assert result.expires_at == datetime(2026, 6, 1, 8, 0, tzinfo=ALMATY)
    assert any("never an all clear" in step for step in result.trace)


def test_elapsed_hours() -> None:
    rule = make_rule(trigger_kind=TriggerKind.MOMENT, offset=Offset(72, Unit.HOURS))
    start = datetime(2026, 3, 28, 12, 0, tzinfo=VIENNA)  # DST starts on 29 March
    result = compute(rule, start)
    assert result.expires_at.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=72)
    assert result.expires_at.hour == 13  # one wall-clock hour later than the start


# --- suspension -------------------------------------------------------------------------------


def test_suspension_extends_a_running_clock() -> None:
    result = compute(
        make_rule(),
        date(2026, 1, 1),
        suspensions=[Suspension(date(2026, 1, 10), date(2026, 1, 20))],
    )
    assert result.due == date(2026, 2, 10)  # 31 Jan + 10 days
    assert any("10 day(s) added" in step for step in result.trace)


def test_two_suspensions_add_up() -> None:
    pauses = [
        Suspension(date(2026, 1, 25), date(2026, 1, 30)),
        Suspension(date(2026, 1, 5), date(2026, 1, 8)),
    ]
    assert compute(make_rule(), date(2026, 1, 1), suspensions=pauses).due == date(2026, 2, 8)


def test_pause_after_the_period_ended_is_ignored() -> None:
    pause = [Suspension(date(2026, 3, 1), date(2026, 3, 5))]
    result = compute(make_rule(), date(2026, 1, 1), suspensions=pause)
    assert result.due == date(2026, 1, 31)
    assert any("ignored" in step for step in result.trace)


def test_open_suspension_has_no_due_date_yet() -> None:
    with pytest.raises(ClockSuspended) as caught:
        compute(make_rule(), date(2026, 1, 1), suspensions=[Suspension(date(2026, 1, 10))])
    assert caught.value.since == date(2026, 1, 10)


@pytest.mark.parametrize(
    "pauses",
    [
        [Suspension(date(2025, 12, 31), date(2026, 1, 5))],  # before the trigger
        [Suspension(date(2026, 1, 10), date(2026, 1, 5))],  # resumes before it paused
        [
            Suspension(date(2026, 1, 5), date(2026, 1, 15)),
            Suspension(date(2026, 1, 10), date(2026, 1, 20)),
        ],
        [Suspension(date(2026, 1, 5)), Suspension(date(2026, 1, 10), date(2026, 1, 20))],
    ],
)
def test_bad_suspensions_are_refused(pauses: list[Suspension]) -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(make_rule(), date(2026, 1, 1), suspensions=pauses)
    assert caught.value.field == "suspensions"


def test_dublin_transfer_restarts_after_a_suspensive_appeal() -> None:
    appeal = [Suspension(date(2026, 2, 1), date(2026, 3, 10))]  # final decision 10 March
    result = compute(CORE.get("dublin3.transfer"), date(2026, 1, 15), suspensions=appeal, pack=CORE)
    assert result.due == date(2026, 9, 10)
    assert any("full period runs again from 2026-03-10" in step for step in result.trace)


def test_restart_with_a_variant() -> None:
    rule = make_rule(suspension=SuspensionMode.RESTART, offset=Offset(6, Unit.MONTHS))
    appeal = [Suspension(date(2026, 2, 1), date(2026, 3, 31))]
    assert compute(rule, date(2026, 1, 15), suspensions=appeal).due == date(2026, 9, 30)


# --- variants ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        (None, date(2026, 7, 15)),
        ("imprisonment", date(2027, 1, 15)),
        ("absconding", date(2027, 7, 15)),
    ],
)
def test_dublin_transfer_variants(variant: str | None, expected: date) -> None:
    result = compute(CORE.get("dublin3.transfer"), date(2026, 1, 15), variant, pack=CORE)
    assert result.due == expected
    assert result.variant == variant
    assert result.confidence is Confidence.HIGH


def test_unknown_variant_is_refused_with_the_known_ones() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(CORE.get("dublin3.transfer"), date(2026, 1, 15), "holiday", pack=CORE)
    assert caught.value.field == "variant"
    assert "imprisonment" in caught.value.reason


def test_eurodac_take_back_reply_does_not_roll() -> None:
    rule = CORE.get("dublin3.take_back.reply")
    assert compute(rule, date(2026, 3, 2), pack=CORE).due == date(2026, 4, 2)
    saturday = compute(rule, date(2026, 3, 7), "eurodac", pack=CORE)
    assert saturday.due == date(2026, 3, 21)  # a Saturday: Art. 42 counts weekends
    assert saturday.confidence is Confidence.MEDIUM


def test_unverified_variant_lowers_confidence() -> None:
    result = compute(
        CORE.get("ammr.transfer"), date(2026, 9, 1), "absconding", pack=CORE,
        key_dates={"registration": date(2026, 7, 20)},
    )  # fmt: skip
    assert result.due == date(2029, 9, 1)
    assert result.confidence is Confidence.UNVERIFIED


# --- validity windows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decision", "rule_id", "due"),
    [
        (date(2022, 1, 31), "echr.application.six_months", date(2022, 7, 31)),
        (date(2022, 2, 1), "echr.application", date(2022, 6, 1)),
        (date(2021, 8, 31), "echr.application.six_months", date(2022, 2, 28)),
        (date(2024, 10, 31), "echr.application", date(2025, 2, 28)),
    ],
)
def test_echr_six_to_four_months_by_decision_date(decision: date, rule_id: str, due: date) -> None:
    for requested in ("echr.application", "echr.application.six_months"):
        result = compute(CORE.get(requested), decision, pack=CORE)
        assert (result.rule_id, result.due) == (rule_id, due)


def test_window_without_a_pack_refuses_instead_of_guessing() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(CORE.get("echr.application"), date(2021, 5, 1))
    assert "no rule in the pack applies" in caught.value.reason


def test_dublin_needs_the_registration_date_once_it_matters() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute(CORE.get("dublin3.transfer"), date(2026, 8, 3), pack=CORE)
    assert caught.value.field == "key_dates.registration"
    assert "registered" in caught.value.reason


def test_dublin_three_for_applications_registered_before_july_2026() -> None:
    result = compute(
        CORE.get("dublin3.transfer"), date(2026, 8, 3), pack=CORE,
        key_dates={"registration": date(2026, 6, 30)},
    )  # fmt: skip
    assert (result.rule_id, result.due) == ("dublin3.transfer", date(2027, 2, 3))


def test_ammr_for_applications_registered_from_july_2026() -> None:
    result = compute(
        CORE.get("dublin3.transfer"), date(2026, 8, 3), "absconding", pack=CORE,
        key_dates={"registration": date(2026, 7, 1)},
    )  # fmt: skip
    assert result.requested_rule_id == "dublin3.transfer"
    assert result.rule_id == "ammr.transfer"
    assert result.due == date(2029, 8, 3)  # AMMR: three years, unverified
    assert result.confidence is Confidence.UNVERIFIED
    assert any("linked rule ammr.transfer applies instead" in step for step in result.trace)


def test_ammr_cannot_apply_to_a_trigger_before_july_2026() -> None:
    # The registration precedes the trigger, so it is before 1 July 2026: Dublin III applies.
    result = compute(CORE.get("ammr.transfer"), date(2026, 5, 4), pack=CORE)
    assert result.rule_id == "dublin3.transfer"
    assert any("never after the trigger" in step for step in result.trace)


# --- ambiguity --------------------------------------------------------------------------------


def test_ambiguity_shows_earliest_due_and_latest_outer_limit() -> None:
    result = compute(
        CORE.get("ammr.transfer.appeal"), date(2026, 9, 1), pack=CORE,
        key_dates={"registration": date(2026, 8, 1)},
    )  # fmt: skip
    assert result.due == date(2026, 9, 8)
    assert result.outer_limit == date(2026, 9, 22)
    assert result.outer_expires_at is not None
    assert result.outer_expires_at > result.expires_at
    assert any("outer limit 2026-09-22" in step for step in result.trace)


def test_ambiguity_with_rolling() -> None:
    cal = WorkingCalendar("plain")
    rule = make_rule(offset=Offset(7, Unit.DAYS), ambiguity=Offset(21, Unit.DAYS),
                     roll=Roll.FORWARD, calendar=cal)  # fmt: skip
    result = compute(rule, date(2026, 3, 7))  # Saturday: both ends land on Saturdays
    assert (result.due, result.outer_limit) == (date(2026, 3, 16), date(2026, 3, 30))


def test_ambiguous_rule_out_of_its_window() -> None:
    with pytest.raises(DeadlineComputationError, match="no rule in the pack applies"):
        compute(CORE.get("ammr.transfer.appeal"), date(2026, 5, 4), pack=CORE)


# --- working-day offsets and Rule 39 ----------------------------------------------------------


def test_rule39_cutoff_steps_back_over_easter() -> None:
    # Removal Tuesday 7 April 2026: Easter Monday, Sunday, Saturday and Good Friday (Alsace)
    # are not Registry days, so the request must arrive on Thursday 2 April by 16:00.
    result = compute(CORE.get("echr.rule39.cutoff"), date(2026, 4, 7), pack=CORE)
    assert result.due == date(2026, 4, 2)
    assert result.expires_at == datetime(2026, 4, 2, 16, 0, tzinfo=PARIS)
    assert result.act is Act.RECEIPT
    assert any("Good Friday" in step for step in result.trace)


def test_rule39_removal_given_as_a_flight_time_elsewhere() -> None:
    flight = datetime(2026, 3, 16, 6, 0, tzinfo=VIENNA)  # Monday morning
    result = compute(CORE.get("echr.rule39.cutoff"), flight, pack=CORE)
    assert result.expires_at == datetime(2026, 3, 13, 16, 0, tzinfo=PARIS)


def test_positive_working_days() -> None:
    rule = make_rule(
        offset=Offset(3, Unit.WORKING_DAYS), calendar=WorkingCalendar("p", country="PL")
    )
    # Friday 7 Nov 2025 + 3 working days: Mon 10, (Tue 11 holiday), Wed 12, Thu 13.
    result = compute(rule, date(2025, 11, 7))
    assert result.due == date(2025, 11, 13)
    assert any("National Independence Day" in step for step in result.trace)


def test_backward_roll_never_moves_a_positive_period_before_its_trigger() -> None:
    rule = make_rule(offset=Offset(1, Unit.DAYS), roll=Roll.BACKWARD, calendar=WorkingCalendar("p"))
    with pytest.raises(DeadlineComputationError) as caught:
        compute(rule, date(2026, 3, 14))  # Saturday + 1 = Sunday -> back to Friday the 13th
    assert caught.value.field == "roll"


# --- trace and provenance ---------------------------------------------------------------------


def test_trace_carries_source_confidence_pack_and_data_versions() -> None:
    result = compute(CORE.get("pl.wsa.complaint"), date(2026, 2, 2), pack=CORE)
    text = "\n".join(result.trace)
    assert "PPSA art. 53 §1" in text
    assert "Confidence high" in text
    assert f"Rule pack core version {CORE.version}" in text
    assert "holidays 0." in text and result.holidays_version in text
    assert result.tzdata_version in text
    assert result.tzdata_version
    assert "Trigger asked for: date the Refugee Board's decision was served" in text
    assert (result.pack_id, result.pack_version) == ("core", CORE.version)


def test_rule_outside_a_pack_says_so() -> None:
    result = compute(make_rule(), date(2026, 1, 1))
    assert result.pack_id is None
    assert "Rule not loaded from a pack." in result.trace


def test_post_pact_polish_appeal_is_medium_and_says_why() -> None:
    result = compute(CORE.get("pl.refugee_board.appeal"), date(2026, 11, 20), pack=CORE)
    assert result.rule_id == "pl.refugee_board.appeal"
    assert result.confidence is Confidence.MEDIUM
    assert any("Pre-June-2026" in step for step in result.trace)
    assert result.due == date(2026, 12, 4)


def test_computation_is_immutable() -> None:
    result = compute(make_rule(), date(2026, 1, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.due = date(2030, 1, 1)  # type: ignore[misc]


def test_expiry_time_is_used() -> None:
    rule = make_rule(expiry_time=time(12, 0))
    assert compute(rule, date(2026, 1, 1)).expires_at == datetime(2026, 1, 31, 12, 0, tzinfo=VIENNA)
