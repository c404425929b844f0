""" "Add deadline from a rule" and "Set the date by hand" on a real vault, offscreen: the
whole flow to a saved deadline, unverified rules, the registration date, overrides."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from factories import make_case
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.gui.deadlines.add_from_rule_dialog import NOT_GIVEN, AddFromRuleDialog
from safecase.gui.deadlines.override_dialog import OverrideDialog
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService


@pytest.fixture
def rules(records: RecordsService, clock: FakeClock) -> RuleService:
    return RuleService(records._conn, records, clock)


def open_dialog(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock, **case: object
) -> tuple[AddFromRuleDialog, r.Case]:
    record = make_case(**case)
    records.create(record)
    dialog = AddFromRuleDialog(rules, record, clock, person_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, record


def save(qtbot: QtBot, dialog: AddFromRuleDialog) -> str:
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.deadline_saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return str(saved.args[0])


def test_add_a_deadline_from_a_rule_end_to_end(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, case = open_dialog(qtbot, rules, records, clock)  # PL asylum appeal
    listed = dialog.listed_rule_ids()
    assert {"pl.refugee_board.appeal", "pl.wsa.complaint"} <= set(listed)
    assert not any(rule_id.startswith(("at.", "kz.")) for rule_id in listed)
    assert dialog.cancel_button.isDefault() and not dialog.save_button.isDefault()
    assert dialog.windowTitle() == "SafeCase"
    assert dialog.select_rule("pl.refugee_board.appeal")
    rule = rules.rule("pl.refugee_board.appeal")
    assert dialog.trigger_question.text() == rule.trigger  # asked in the rule's own words
    assert not dialog.trigger_time.isVisibleTo(dialog)  # a date rule: no time asked
    assert not dialog.key_date.isVisibleTo(dialog)
    dialog.trigger_date.setDate(QDate(2025, 10, 28))
    assert dialog.result_due.text().startswith("Due 2025-11-12 (Wednesday)")
    assert "Outer limit: none" in dialog.result_details.text()
    assert "Independence" in dialog.trace.toPlainText()  # why: 11 November rolled over
    assert not dialog.unverified_badge.isVisibleTo(dialog)
    deadline = records.get_typed(save(qtbot, dialog), r.Deadline)
    assert (deadline.due, deadline.case_id) == ("2025-11-12", case.id)
    assert deadline.origin is r.DeadlineOrigin.COMPUTED
    assert deadline.rule_id == "pl.refugee_board.appeal.pre_pact"


def test_unverified_rule_needs_the_confirmation_box_and_shows_a_badge(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(
        qtbot, rules, records, clock, jurisdiction="KZ", kind=r.CaseKind.EXTRADITION_DETENTION
    )
    assert dialog.listed_rule_ids() == ["kz.extradition.custody", "kz.extradition.arrest.max"]
    dialog.select_rule("kz.extradition.arrest.max")
    item = dialog.rule_list.currentItem()
    assert item is not None and "UNVERIFIED" in item.text()
    assert dialog.trigger_time.isVisibleTo(dialog) and dialog.trigger_zone.isVisibleTo(dialog)
    assert dialog.trigger_zone.currentText() == "Asia/Almaty"
    dialog.trigger_date.setDate(QDate(2024, 2, 20))
    dialog.trigger_time.setTime(QTime(14, 30))
    assert dialog.chain is not None and dialog.chain.root.due == date(2025, 2, 20)
    assert dialog.unverified_badge.isVisibleTo(dialog)
    assert "UNVERIFIED" in dialog.unverified_badge.text()
    assert dialog.confirm_unverified.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.confirm_unverified.setChecked(True)
    deadline = records.get_typed(save(qtbot, dialog), r.Deadline)
    assert (deadline.confidence, deadline.time) == ("unverified", "13:30")
    assert "confirmed this unverified date" in deadline.trace[-1]


def test_moment_rules_need_a_known_zone(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(
        qtbot, rules, records, clock, jurisdiction="KZ", kind=r.CaseKind.EXTRADITION_DETENTION
    )
    dialog.select_rule("kz.extradition.custody")
    dialog.trigger_zone.setCurrentText("Mars/Olympus")
    assert dialog.chain is None and not dialog.save_button.isEnabled()
    assert "time zone" in dialog.message_text()
    dialog.trigger_zone.setCurrentText("Europe/Vienna")  # detained while abroad, say
    dialog.trigger_date.setDate(QDate(2024, 2, 20))
    assert dialog.chain is not None and dialog.save_button.isEnabled()


def test_the_registration_date_is_asked_only_when_needed_and_never_guessed(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(
        qtbot, rules, records, clock, jurisdiction="AT", kind=r.CaseKind.DUBLIN_PROCEDURE
    )
    dialog.select_rule("dublin3.transfer")
    dialog.trigger_date.setDate(QDate(2026, 3, 2))  # before July 2026: no question
    assert dialog.chain is not None and not dialog.key_date.isVisibleTo(dialog)
    dialog.trigger_date.setDate(QDate(2026, 8, 3))
    assert dialog.chain is None and not dialog.save_button.isEnabled()
    assert dialog.key_date.isVisibleTo(dialog) and dialog.key_date.date() == NOT_GIVEN
    assert dialog.key_date_label.text().startswith("Date the application")
    dialog.key_date.setDate(QDate(2026, 7, 15))
    assert dialog.chain is not None
    assert dialog.chain.root.rule_id == "ammr.transfer"
    saved = records.get_typed(save(qtbot, dialog), r.Deadline)
    assert saved.rule_id == "ammr.transfer" and saved.due == "2027-02-03"


def test_outer_limit_and_following_dates_are_shown_before_saving(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(
        qtbot, rules, records, clock, jurisdiction="AT", kind=r.CaseKind.DUBLIN_PROCEDURE
    )
    dialog.select_rule("dublin3.take_charge.reply")
    dialog.trigger_date.setDate(QDate(2025, 3, 3))
    assert "Then: Transfer must take place" in dialog.result_details.text()
    assert "due 2025-11-03" in dialog.result_details.text()
    dialog.select_rule("ammr.transfer.appeal")
    dialog.trigger_date.setDate(QDate(2026, 8, 3))
    dialog.key_date.setDate(QDate(2026, 7, 15))
    assert "Outer limit: 2026-08-24" in dialog.result_details.text()


def test_a_date_set_by_hand_needs_a_reason(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(qtbot, rules, records, clock)
    dialog.select_rule("pl.wsa.complaint")
    dialog.trigger_date.setDate(QDate(2025, 3, 3))
    dialog.override.setChecked(True)
    assert dialog.override_reason.isVisibleTo(dialog)
    dialog.override_date.setDate(QDate(2025, 3, 28))
    assert not dialog.save_button.isEnabled()
    dialog.override_reason.setText("court's letter asks for it earlier")
    deadline = records.get_typed(save(qtbot, dialog), r.Deadline)
    assert (deadline.due, deadline.computed_due) == ("2025-03-28", "2025-04-02")
    assert deadline.override_reason == "court's letter asks for it earlier"


def test_show_all_rules(
    qtbot: QtBot, rules: RuleService, records: RecordsService, clock: FakeClock
) -> None:
    dialog, _ = open_dialog(qtbot, rules, records, clock)
    assert "at.bvwg.appeal" not in dialog.listed_rule_ids()
    dialog.show_all.setChecked(True)
    assert len(dialog.listed_rule_ids()) == len(rules.active.rules)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert records.count(r.RecordKind.DEADLINE) == 0


def test_override_dialog_warns_and_keeps_history(
    qtbot: QtBot, rules: RuleService, records: RecordsService
) -> None:
    case = make_case(jurisdiction="EU", kind=r.CaseKind.DUBLIN_PROCEDURE)
    records.create(case)
    key_dates = {"registration": date(2026, 7, 15)}
    c = rules.preview("ammr.transfer.appeal", date(2026, 8, 3), key_dates=key_dates)
    deadline = rules.create_deadline(case.id, None, c, key_dates=key_dates)
    dialog = OverrideDialog(rules, deadline)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isDefault()
    dialog.new_date.setDate(QDate(2026, 8, 12))
    assert "later than the computed date" in dialog.warning.text()
    dialog.new_date.setDate(QDate(2026, 8, 25))
    assert "AFTER the outer limit" in dialog.warning.text()
    assert not dialog.save_button.isEnabled()
    dialog.new_date.setDate(QDate(2026, 8, 7))
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.reason.setText("earlier, to leave time for the post")
    with qtbot.waitSignal(dialog.deadline_saved, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = records.get_typed(deadline.id, r.Deadline)
    assert (saved.due, saved.computed_due) == ("2026-08-07", "2026-08-10")
    assert ("due", "2026-08-10", "2026-08-07") in {
        (h.field, h.old, h.new) for h in records.history(deadline.id)
    }
