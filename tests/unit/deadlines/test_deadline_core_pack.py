"""The shipped core pack: every catalogue rule, honest confidence, and every rule computes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from safecase.domain.deadlines import (
    CaseKind,
    Confidence,
    Roll,
    Rule,
    TriggerKind,
    compute,
    core_pack_path,
    diff_packs,
    load_core_pack,
    load_pack,
)

CORE = load_core_pack()
CATALOGUE = [
    "echr.application",
    "echr.rule39.cutoff",
    "dublin3.take_charge.reply",
    "dublin3.take_back.reply",
    "dublin3.transfer",
    "ammr.transfer",
    "ammr.transfer.appeal",
    "pl.refugee_board.appeal",
    "pl.wsa.complaint",
    "at.bvwg.appeal",
    "at.bvwg.appeal.short",
    "kz.extradition.custody",
    "kz.extradition.arrest.max",
    "un.hrc.communication",
]


def test_core_pack_path_is_the_source_tree_file() -> None:
    path = core_pack_path()
    assert isinstance(path, Path)
    assert path == Path(__file__).resolve().parents[3] / "resources" / "rules" / "core.toml"
    assert load_pack(path) == CORE


def test_every_catalogue_rule_is_present() -> None:
    ids = {r.id for r in CORE.rules}
    assert set(CATALOGUE) <= ids
    assert CORE.id == "core"
    assert CORE.version


@pytest.mark.parametrize("rule", CORE.rules, ids=lambda r: r.id)
def test_every_rule_is_documented(rule: Rule) -> None:
    assert rule.source.strip()
    assert rule.checked == date(2026, 11, 25)
    assert rule.trigger.strip()
    assert rule.jurisdictions
    assert rule.case_kinds and all(isinstance(k, CaseKind) for k in rule.case_kinds)
    assert rule.origin is not None and rule.origin.id == "core"


@pytest.mark.parametrize(
    ("rule_id", "confidence"),
    [
        ("echr.application", Confidence.HIGH),
        ("echr.rule39.cutoff", Confidence.MEDIUM),
        ("dublin3.take_charge.reply", Confidence.HIGH),
        ("dublin3.take_back.reply", Confidence.MEDIUM),
        ("dublin3.transfer", Confidence.HIGH),
        ("ammr.transfer", Confidence.HIGH),
        ("ammr.transfer.appeal", Confidence.HIGH),
        ("pl.refugee_board.appeal.pre_pact", Confidence.HIGH),
        ("pl.refugee_board.appeal", Confidence.MEDIUM),  # pre-June-2026 law, not re-checked
        ("pl.wsa.complaint", Confidence.HIGH),
        ("at.bvwg.appeal.pre_pact", Confidence.HIGH),
        ("at.bvwg.appeal", Confidence.MEDIUM),
        ("at.bvwg.appeal.short.pre_pact", Confidence.HIGH),
        ("at.bvwg.appeal.short", Confidence.MEDIUM),
        ("kz.extradition.custody", Confidence.MEDIUM),
        ("kz.extradition.arrest.max", Confidence.UNVERIFIED),
        ("un.hrc.communication", Confidence.HIGH),
    ],
)
def test_confidence_is_as_researched(rule_id: str, confidence: Confidence) -> None:
    assert CORE.get(rule_id).confidence is confidence


def test_pre_pact_rules_hand_over_on_12_june_2026() -> None:
    for base in ("pl.refugee_board.appeal", "at.bvwg.appeal", "at.bvwg.appeal.short"):
        old, new = CORE.get(f"{base}.pre_pact"), CORE.get(base)
        assert old.successor == base
        assert old.window is not None and new.window is not None
        assert old.window.valid_until == date(2026, 6, 11)
        assert new.window.valid_from == date(2026, 6, 12)
        assert "Pre-June-2026" in new.notes
        assert old.offset == new.offset and old.calendar == new.calendar


def test_ammr_variants_are_unverified() -> None:
    assert all(v.confidence is Confidence.UNVERIFIED for v in CORE.get("ammr.transfer").variants)


@pytest.mark.parametrize(
    "rule_id",
    [
        "echr.application",
        "dublin3.take_charge.reply",
        "dublin3.take_back.reply",
        "dublin3.transfer",
        "ammr.transfer",
        "kz.extradition.custody",
        "kz.extradition.arrest.max",
        "un.hrc.communication",
    ],
)
def test_limits_that_must_not_roll(rule_id: str) -> None:
    assert CORE.get(rule_id).roll is Roll.NONE


def test_kazakh_rules_are_elapsed_time_in_almaty() -> None:
    for rule_id in ("kz.extradition.custody", "kz.extradition.arrest.max"):
        rule = CORE.get(rule_id)
        assert (rule.trigger_kind, rule.zone) == (TriggerKind.MOMENT, "Asia/Almaty")


def _sample_trigger(rule: Rule) -> tuple[date | datetime, dict[str, date]]:
    day = date(2025, 3, 12)
    if rule.window is not None and rule.window.valid_from is not None:
        day = rule.window.valid_from + timedelta(days=30)
    elif rule.window is not None and rule.window.valid_until is not None:
        day = rule.window.valid_until - timedelta(days=30)
    keys = {} if rule.window is None else {rule.window.key: day - timedelta(days=10)}
    if rule.trigger_kind is TriggerKind.MOMENT:
        return datetime(day.year, day.month, day.day, 7, 30, tzinfo=UTC), keys
    return day, keys


@pytest.mark.parametrize("rule", CORE.rules, ids=lambda r: r.id)
def test_every_rule_and_variant_computes(rule: Rule) -> None:
    trigger, keys = _sample_trigger(rule)
    for variant in (None, *(v.id for v in rule.variants)):
        result = compute(rule, trigger, variant, pack=CORE, key_dates=keys)
        assert result.rule_id == rule.id
        assert result.due >= (trigger.date() if isinstance(trigger, datetime) else trigger) or (
            rule.offset.amount < 0
        )
        assert result.trace and result.expires_at.tzinfo is not None


def test_matching_by_jurisdiction_and_case_kind() -> None:
    polish = CORE.matching(jurisdiction="pl")
    assert {r.id for r in polish} >= {"pl.refugee_board.appeal", "pl.wsa.complaint"}
    dublin = CORE.matching(case_kind=CaseKind.DUBLIN_PROCEDURE)
    assert "dublin3.transfer" in {r.id for r in dublin}
    assert CORE.matching(jurisdiction="KZ", case_kind=CaseKind.UN_COMMUNICATION) == ()


def test_residence_permit_pseudo_rule() -> None:
    rule = CORE.get("doc.residence_permit.expiry")
    assert rule.reminder_days == (90, 60, 30, 14, 7)
    result = compute(rule, date(2027, 1, 31), pack=CORE)
    assert result.due == date(2027, 1, 31)
    assert result.expires_at.utcoffset() == timedelta(hours=14)  # earliest end of that day


def test_diff_of_identical_packs_is_empty() -> None:
    assert diff_packs(CORE, load_core_pack()).empty


def test_diff_lists_added_removed_and_changed_fields() -> None:
    rules = [r for r in CORE.rules if r.id != "un.hrc.communication"]
    rules = [
        dataclasses.replace(r, confidence=Confidence.MEDIUM, notes="re-checked")
        if r.id == "pl.wsa.complaint"
        else r
        for r in rules
    ]
    rules.append(dataclasses.replace(CORE.get("pl.wsa.complaint"), id="pl.new.rule"))
    new = dataclasses.replace(CORE, version="2027.01.01", rules=tuple(rules))
    diff = diff_packs(CORE, new)
    assert diff.added == ("pl.new.rule",)
    assert diff.removed == ("un.hrc.communication",)
    assert [(c.rule_id, c.fields) for c in diff.changed] == [
        ("pl.wsa.complaint", ("confidence", "notes"))
    ]
    assert (diff.old_version, diff.new_version) == (CORE.version, "2027.01.01")
    assert not diff.empty
