"""RuleService on a real vault: rule filtering, previews, computed deadlines, unverified
confirmation, overrides, recomputation with chains, and organisation rule packs."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from factories import make_case
from helpers import pw
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.domain.deadlines import DeadlineComputationError, RulePackError
from safecase.domain.errors import ValidationError
from safecase.services import vault as vault_service
from safecase.services.deadline_rules import RuleService, StalePreview, UnverifiedNotConfirmed
from safecase.services.records import RecordsService, expires_utc
from safecase.services.rule_triggers import StoredTrigger, make_trigger

ORG_PACK = """\
[pack]
id = "org"
version = "{version}"
title = "Our organisation's rules"

[calendars.pl]
country = "PL"

[[rule]]
id = "pl.refugee_board.appeal"
title = "Appeal to the Refugee Board (re-checked after the Pact)"
trigger = "date the decision was served, as on the delivery receipt"
trigger_kind = "date"
zone = "Europe/Warsaw"
offset = "{offset}"
roll = "forward"
calendar = "pl"
act = "dispatch"
source = "our lawyers' reading of the implementing act"
confidence = "high"
checked = 2026-11-01
jurisdictions = ["PL"]
case_kinds = ["asylum_appeal"]
[rule.window]
key = "trigger"
label = "date the decision was served"
valid_from = 2026-06-12

[[rule]]
id = "org.shelter.review"
title = "Shelter place review"
trigger = "date the shelter place was granted"
trigger_kind = "date"
zone = "Europe/Warsaw"
offset = "3 months"
roll = "none"
act = "receipt"
source = "shelter agreement"
confidence = "medium"
checked = 2026-11-01
jurisdictions = ["PL"]
case_kinds = ["asylum_appeal"]
"""


def org_pack(version: str = "1", offset: str = "7 days") -> str:
    return ORG_PACK.format(version=version, offset=offset)


@pytest.fixture
def rules(records: RecordsService, clock: FakeClock) -> RuleService:
    return RuleService(records._conn, records, clock)


@pytest.fixture
def pl_case(records: RecordsService) -> r.Case:
    case = make_case()  # PL, asylum appeal
    records.create(case)
    return case


def _deadline_count(records: RecordsService) -> int:
    return records.count(r.RecordKind.DEADLINE)


# --- filtering ---------------------------------------------------------------------------
def test_rules_are_filtered_by_the_cases_jurisdiction_and_kind(
    rules: RuleService, records: RecordsService
) -> None:
    pl_appeal = make_case()
    at_dublin = make_case(jurisdiction="AT", kind=r.CaseKind.DUBLIN_PROCEDURE)
    kz_detention = make_case(jurisdiction="KZ", kind=r.CaseKind.EXTRADITION_DETENTION)
    un_case = make_case(jurisdiction="UZ", kind=r.CaseKind.UN_COMMUNICATION)
    for case in (pl_appeal, at_dublin, kz_detention, un_case):
        records.create(case)
    pl_ids = {rule.id for rule in rules.rules_for_case(pl_appeal.id)}
    assert {"pl.refugee_board.appeal", "pl.wsa.complaint", "ammr.transfer.appeal"} <= pl_ids
    assert not any(i.startswith(("at.", "kz.", "dublin3.")) for i in pl_ids)
    at_ids = {rule.id for rule in rules.rules_for_case(at_dublin.id)}
    assert {"at.bvwg.appeal.short", "dublin3.transfer", "echr.rule39.cutoff"} <= at_ids
    assert "at.bvwg.appeal" not in at_ids  # an ordinary appeal, not a Dublin procedure
    kz_ids = {rule.id for rule in rules.rules_for_case(kz_detention.id)}
    assert kz_ids == {"kz.extradition.custody", "kz.extradition.arrest.max"}  # not an ECHR state
    assert {rule.id for rule in rules.rules_for_case(un_case.id)} == {"un.hrc.communication"}
    assert len(rules.rules()) == len(rules.core.rules)


# --- previews and saving -----------------------------------------------------------------
def test_preview_writes_nothing(rules: RuleService, records: RecordsService) -> None:
    changes = records._conn.execute("SELECT total_changes()").fetchone()[0]
    c = rules.preview("pl.refugee_board.appeal", date(2025, 10, 28))
    assert (c.rule_id, c.due) == ("pl.refugee_board.appeal.pre_pact", date(2025, 11, 12))
    assert records._conn.execute("SELECT total_changes()").fetchone()[0] == changes
    assert _deadline_count(records) == 0


def test_create_deadline_stores_the_computation_and_its_inputs(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    c = rules.preview("pl.refugee_board.appeal", date(2025, 10, 28))
    saved = rules.create_deadline(pl_case.id, None, c)
    d = records.get_typed(saved.id, r.Deadline)
    assert d.origin is r.DeadlineOrigin.COMPUTED
    assert (d.due, d.computed_due, d.time, d.tz) == (
        "2025-11-12",
        "2025-11-12",
        None,
        "Europe/Warsaw",
    )
    assert d.rule_id == "pl.refugee_board.appeal.pre_pact"
    assert d.confidence == "high" and d.outer_limit is None
    assert d.reminders == ["P14D", "P7D", "P3D", "P1D"]
    assert d.trace == list(c.trace) and any("Independence" in line for line in d.trace)
    assert d.case_id == pl_case.id
    stored = json.loads(d.trigger or "")
    assert stored["rule"] == "pl.refugee_board.appeal" and stored["trigger"] == "2025-10-28"
    assert stored["pack"] == "core"
    assert expires_utc(d) == c.expires_at


def test_rule_reminder_days_become_the_deadlines_lead_times(
    rules: RuleService, pl_case: r.Case
) -> None:
    c = rules.preview("echr.application", date(2023, 10, 31))
    d = rules.create_deadline(pl_case.id, None, c)
    assert d.due == "2024-02-29"
    assert d.reminders == ["P60D", "P30D", "P14D", "P7D", "P3D", "P1D"]


def test_outer_limit_and_key_dates_are_kept(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    with pytest.raises(DeadlineComputationError) as asked:
        rules.preview("ammr.transfer.appeal", date(2026, 8, 3))
    assert asked.value.field == "key_dates.registration"
    key_dates = {"registration": date(2026, 7, 15)}
    c = rules.preview("ammr.transfer.appeal", date(2026, 8, 3), key_dates=key_dates)
    d = rules.create_deadline(pl_case.id, None, c, key_dates=key_dates)
    assert (d.due, d.outer_limit) == ("2026-08-10", "2026-08-24")
    assert json.loads(d.trigger or "")["key_dates"] == {"registration": "2026-07-15"}
    again = rules.recompute(d.id)  # the stored inputs are enough to compute it again
    assert again.changes == ()


def test_a_key_date_needed_but_not_passed_is_refused(rules: RuleService, pl_case: r.Case) -> None:
    key_dates = {"registration": date(2026, 7, 15)}
    c = rules.preview("ammr.transfer.appeal", date(2026, 8, 3), key_dates=key_dates)
    with pytest.raises(DeadlineComputationError):
        rules.create_deadline(pl_case.id, None, c)


def test_unverified_rule_needs_confirmation(
    rules: RuleService, records: RecordsService, pl_case: r.Case, clock: FakeClock
) -> None:
    trigger = make_trigger(date(2024, 2, 20), time(14, 30), "Asia/Almaty")
    c = rules.preview("kz.extradition.arrest.max", trigger)
    assert c.needs_confirmation
    with pytest.raises(UnverifiedNotConfirmed):
        rules.create_deadline(pl_case.id, None, c)
    assert _deadline_count(records) == 0
    d = rules.create_deadline(pl_case.id, None, c, confirmed_unverified=True)
    assert d.confidence == "unverified"
    assert d.trace[-1].startswith("The caseworker confirmed this unverified date on 2024-02-01")


def test_unverified_variant_needs_confirmation(rules: RuleService, pl_case: r.Case) -> None:
    key_dates = {"registration": date(2026, 7, 2)}
    c = rules.preview("ammr.transfer", date(2026, 9, 1), "absconding", key_dates=key_dates)
    assert c.confidence.value == "unverified" and c.due == date(2029, 9, 1)
    with pytest.raises(UnverifiedNotConfirmed):
        rules.create_deadline(pl_case.id, None, c, key_dates=key_dates)


def test_a_stale_or_altered_preview_is_never_saved(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    c = rules.preview("pl.wsa.complaint", date(2025, 3, 3))
    altered = dataclasses.replace(c, due=c.due + timedelta(days=1))
    with pytest.raises(StalePreview):
        rules.create_deadline(pl_case.id, None, altered)
    assert _deadline_count(records) == 0


def test_elapsed_time_across_kazakhstans_offset_change(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    trigger = make_trigger(date(2024, 2, 20), time(14, 30), "Asia/Almaty")  # UTC+6 then
    c = rules.preview("kz.extradition.custody", trigger)
    d = rules.create_deadline(pl_case.id, None, c)
    assert (d.due, d.time, d.tz) == ("2024-03-31", "13:30", "Asia/Almaty")  # UTC+5 by then
    assert expires_utc(d) == c.expires_at == datetime(2024, 3, 31, 8, 30, tzinfo=UTC)


def test_seconds_are_dropped_earlier_never_later(rules: RuleService, pl_case: r.Case) -> None:
    trigger = datetime(2024, 5, 6, 10, 15, 45, tzinfo=ZoneInfo("Asia/Almaty"))
    c = rules.preview("kz.extradition.custody", trigger)
    d = rules.create_deadline(pl_case.id, None, c)
    assert d.time == "10:15"
    assert c.expires_at - expires_utc(d) == timedelta(seconds=45)
    assert "never later" in d.trace[-1]


def test_a_timed_cutoff_keeps_its_time(rules: RuleService, pl_case: r.Case) -> None:
    c = rules.preview("echr.rule39.cutoff", date(2025, 12, 29))
    d = rules.create_deadline(pl_case.id, None, c)
    assert (d.due, d.time, d.tz) == ("2025-12-24", "16:00", "Europe/Paris")


def test_trigger_served_in_almaty_counts_in_vienna(rules: RuleService) -> None:
    served = make_trigger(date(2025, 12, 5), time(2, 30), "Asia/Almaty")  # 4 Dec in Vienna
    c = rules.preview("at.bvwg.appeal", served)
    assert c.due == date(2026, 1, 2)


# --- overrides ---------------------------------------------------------------------------
def test_override_needs_a_reason_and_is_kept_in_history(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    c = rules.preview("pl.wsa.complaint", date(2025, 3, 3))
    d = rules.create_deadline(pl_case.id, None, c)
    with pytest.raises(ValidationError):
        rules.override(d.id, date(2025, 3, 30), "  ")
    changed = rules.override(d.id, date(2025, 3, 30), "court letter of 5 March")
    assert (changed.due, changed.computed_due) == ("2025-03-30", c.due.isoformat())
    assert changed.override_reason == "court letter of 5 March"
    history = {(h.field, h.old, h.new) for h in records.history(d.id)}
    assert ("due", c.due.isoformat(), "2025-03-30") in history
    back = rules.override(d.id, c.due, "")
    assert back.due == back.computed_due and back.override_reason is None


def test_only_computed_deadlines_can_be_overridden(
    rules: RuleService, records: RecordsService
) -> None:
    manual = r.Deadline("By hand", "2025-03-03", "Europe/Warsaw")
    records.create(manual)
    with pytest.raises(ValidationError):
        rules.override(manual.id, date(2025, 3, 4), "why")
    with pytest.raises(ValidationError):
        rules.recompute(manual.id, date(2025, 3, 4))


def test_recompute_keeps_an_override(rules: RuleService, pl_case: r.Case) -> None:
    c = rules.preview("pl.wsa.complaint", date(2025, 3, 3))
    d = rules.create_deadline(pl_case.id, None, c)
    rules.override(d.id, date(2025, 3, 28), "earlier, to be safe")
    result = rules.recompute(d.id, date(2025, 3, 10))
    assert result.deadline.due == "2025-03-28"
    assert result.deadline.computed_due == "2025-04-09"
    assert result.changes[0].override_kept
    assert "set by hand" in result.deadline.trace[-1]


# --- chains ------------------------------------------------------------------------------
def test_a_chain_saves_its_children_and_moves_them_with_the_trigger(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    c = rules.preview("dublin3.take_charge.reply", date(2025, 3, 3))
    root = rules.create_deadline(pl_case.id, None, c)
    stored = StoredTrigger.loads(root.trigger)
    assert list(stored.children) == ["dublin3.take_charge.reply>dublin3.transfer"]
    child_id = stored.children["dublin3.take_charge.reply>dublin3.transfer"]
    child = records.get_typed(child_id, r.Deadline)
    assert (child.due, child.rule_id, child.case_id) == (
        "2025-11-03",
        "dublin3.transfer",
        pl_case.id,
    )
    assert StoredTrigger.loads(child.trigger).chain_root == root.id
    result = rules.recompute(root.id, date(2025, 3, 10))
    moved = {ch.deadline_id: ch for ch in result.changes}
    assert moved[root.id].days == 7 and moved[child_id].days == 7
    assert moved[child_id].describe().endswith("(+7 days)")
    assert records.get_typed(child_id, r.Deadline).due == "2025-11-10"
    assert ("due", "2025-11-03", "2025-11-10") in {
        (h.field, h.old, h.new) for h in records.history(child_id)
    }


def test_a_child_given_its_own_trigger_leaves_the_chain(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    root = rules.create_deadline(
        pl_case.id, None, rules.preview("dublin3.take_charge.reply", date(2025, 3, 3))
    )
    child_id = next(iter(StoredTrigger.loads(root.trigger).children.values()))
    express = rules.recompute(child_id, date(2025, 4, 1))  # an express acceptance
    assert express.deadline.due == "2025-10-01"
    assert StoredTrigger.loads(express.deadline.trigger).chain_root is None
    assert StoredTrigger.loads(records.get_typed(root.id, r.Deadline).trigger).children == {}
    rules.recompute(root.id, date(2025, 3, 20))
    assert records.get_typed(child_id, r.Deadline).due == "2025-10-01"


def test_recompute_all_reports_nothing_when_nothing_changed(
    rules: RuleService, pl_case: r.Case
) -> None:
    for _ in range(3):  # identical inputs are computed once
        rules.create_deadline(pl_case.id, None, rules.preview("pl.wsa.complaint", date(2025, 3, 3)))
    rules.create_deadline(
        pl_case.id, None, rules.preview("dublin3.take_charge.reply", date(2025, 3, 3))
    )
    report = rules.recompute_all()
    assert report.checked == 5 and report.changes == ()
    assert report.computed == 3  # one complaint, a chain of two


# --- organisation packs ------------------------------------------------------------------
def _pl_deadlines(rules: RuleService, case: r.Case) -> tuple[r.Deadline, r.Deadline]:
    before_pact = rules.create_deadline(
        case.id, None, rules.preview("pl.refugee_board.appeal", date(2026, 3, 2))
    )
    after_pact = rules.create_deadline(
        case.id, None, rules.preview("pl.refugee_board.appeal", date(2026, 9, 1))
    )
    return before_pact, after_pact


def test_invalid_pack_changes_nothing_and_names_file_line_field(
    rules: RuleService, records: RecordsService
) -> None:
    broken = org_pack().replace('offset = "7 days"', 'offset = "7 fortnights"')
    with pytest.raises(RulePackError) as failed:
        rules.import_pack(broken, "ours.toml")
    assert (failed.value.file, failed.value.field) == ("ours.toml", "rule[0].offset")
    assert failed.value.line == broken.splitlines().index('offset = "7 fortnights"') + 1
    assert records._conn.execute("SELECT count(*) FROM rule_packs").fetchone()[0] == 0
    with pytest.raises(RulePackError) as core:
        rules.import_pack(org_pack().replace('id = "org"', 'id = "core"'), "x.toml")
    assert core.value.field == "pack.id" and core.value.line == 2


def test_import_shows_the_diff_and_the_deadlines_that_would_move(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    before_pact, after_pact = _pl_deadlines(rules, pl_case)
    preview = rules.import_pack(org_pack(), "ours.toml")
    assert preview.diff.added == ("org.shelter.review",)
    assert [c.rule_id for c in preview.diff.changed] == ["pl.refugee_board.appeal"]
    assert "offset" in preview.diff.changed[0].fields
    assert [(c.deadline_id, c.days) for c in preview.changes] == [(after_pact.id, -7)]
    assert records.get_typed(after_pact.id, r.Deadline).due == "2026-09-15"  # nothing written
    assert records._conn.execute("SELECT count(*) FROM rule_packs").fetchone()[0] == 0
    assert rules.rule("pl.refugee_board.appeal").origin.id == "core"  # type: ignore[union-attr]
    assert before_pact.id not in {c.deadline_id for c in preview.changes}


def test_apply_only_what_is_accepted(
    rules: RuleService,
    records: RecordsService,
    pl_case: r.Case,
    open_vault: vault_service.OpenVault,
) -> None:
    _, after_pact = _pl_deadlines(rules, pl_case)
    preview = rules.import_pack(org_pack(), "ours.toml")
    report = rules.apply_pack_update(preview.diff, ["pl.refugee_board.appeal"])
    assert [(c.deadline_id, c.old_due, c.new_due) for c in report.moved] == [
        (after_pact.id, date(2026, 9, 15), date(2026, 9, 8))
    ]
    moved = records.get_typed(after_pact.id, r.Deadline)
    assert moved.due == "2026-09-08" and moved.confidence == "high"
    assert ("due", "2026-09-15", "2026-09-08") in {
        (h.field, h.old, h.new) for h in records.history(after_pact.id)
    }
    assert rules.rule("pl.refugee_board.appeal").origin.id == "org"  # type: ignore[union-attr]
    assert rules.active.find("org.shelter.review") is None  # declined
    again = RuleService(open_vault.conn, records, FakeClock())  # as after lock and unlock
    assert again.active.find("org.shelter.review") is None
    assert (
        again.rule("pl.refugee_board.appeal").offset == rules.rule("pl.refugee_board.appeal").offset
    )


def test_declining_everything_keeps_every_date(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    _, after_pact = _pl_deadlines(rules, pl_case)
    preview = rules.import_pack(org_pack(), "ours.toml")
    report = rules.apply_pack_update(preview, [])
    assert report.changes == ()
    assert records.get_typed(after_pact.id, r.Deadline).due == "2026-09-15"
    assert rules.rule("pl.refugee_board.appeal").origin.id == "core"  # type: ignore[union-attr]
    # The next version asks again about the change declined before.
    second = rules.import_pack(org_pack("2", "10 days"), "ours.toml")
    assert [c.rule_id for c in second.diff.changed] == ["pl.refugee_board.appeal"]
    assert second.diff.added == ("org.shelter.review",)
    rules.apply_pack_update(second.diff, ["pl.refugee_board.appeal", "org.shelter.review"])
    assert records.get_typed(after_pact.id, r.Deadline).due == "2026-09-11"
    assert rules.active.find("org.shelter.review") is not None


def test_an_update_keeps_a_date_set_by_hand(
    rules: RuleService, records: RecordsService, pl_case: r.Case
) -> None:
    _, after_pact = _pl_deadlines(rules, pl_case)
    rules.override(after_pact.id, date(2026, 9, 7), "lawyer wants margin")
    preview = rules.import_pack(org_pack(), "ours.toml")
    assert preview.changes[0].override_kept
    rules.apply_pack_update(preview, ["pl.refugee_board.appeal"])
    kept = records.get_typed(after_pact.id, r.Deadline)
    assert (kept.due, kept.computed_due) == ("2026-09-07", "2026-09-08")


def test_pack_import_errors(rules: RuleService) -> None:
    preview = rules.import_pack(org_pack(), "ours.toml")
    with pytest.raises(ValidationError):
        rules.apply_pack_update(preview, ["no.such.rule"])
    rules.apply_pack_update(preview, [])
    with pytest.raises(ValidationError):  # applied already: import again
        rules.apply_pack_update(preview, [])
    with pytest.raises(RulePackError) as same_version:
        rules.import_pack(org_pack("1", "9 days"), "ours.toml")
    assert same_version.value.field == "pack.version"
    assert [p.version for p in rules.stored_packs()] == ["1"]


def test_stored_packs_survive_lock_and_unlock(
    created_vault: tuple[object, str], clock: FakeClock
) -> None:
    root = created_vault[0]
    with vault_service.unlock(root, pw()) as vault:  # type: ignore[arg-type]
        records = RecordsService(vault.conn, clock)
        rules = RuleService(vault.conn, records, clock)
        rules.apply_pack_update(rules.import_pack(org_pack(), "ours.toml"), ["org.shelter.review"])
    with vault_service.unlock(root, pw()) as vault:  # type: ignore[arg-type]
        records = RecordsService(vault.conn, clock)
        rules = RuleService(vault.conn, records, clock)
        assert rules.rule("org.shelter.review").origin.id == "org"  # type: ignore[union-attr]
        assert rules.problems == []


def test_a_pack_that_breaks_a_validity_hand_over_is_refused(
    rules: RuleService, records: RecordsService
) -> None:
    gap = org_pack().replace("valid_from = 2026-06-12", "valid_from = 2026-07-01")
    with pytest.raises(RulePackError) as refused:
        rules.import_pack(gap, "ours.toml")
    assert refused.value.field == "rule[0].window"
    assert "day after" in refused.value.reason
    assert refused.value.line == gap.splitlines().index("[rule.window]") + 1
    assert records._conn.execute("SELECT count(*) FROM rule_packs").fetchone()[0] == 0
