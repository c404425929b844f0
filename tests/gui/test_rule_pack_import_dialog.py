"""Importing the organisation's rule pack from the app, on a real vault with real pack files:
a broken pack is named by file, line and field and changes nothing; a valid one lists its
changes (ticked by default only when they keep or raise confidence) and the deadlines that
would move for exactly the ticked ones; Apply moves only those; Cancel is the default; the
lock closes the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from records_harness import open_records_window
from rule_packs import broken_pack, our_pack, pl_deadlines

from factories import make_case
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.gui.background import BackgroundRunner
from safecase.gui.deadlines.rule_pack_import_dialog import RulePackImportDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.settings import Settings
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

APPEAL, COURT, SHELTER = "pl.refugee_board.appeal", "pl.wsa.complaint", "org.shelter.review"


@pytest.fixture
def rules(records: RecordsService, clock: FakeClock) -> RuleService:
    return RuleService(records._conn, records, clock)


@pytest.fixture
def case(records: RecordsService) -> r.Case:
    case = make_case(title="Жаксылыков v. Poland")  # PL, asylum appeal
    records.create(case)
    return case


@dataclass
class Desk:
    """A caseworker's vault with two open deadlines a pack can move, and the dialog."""

    qtbot: QtBot
    runner: BackgroundRunner
    rules: RuleService
    records: RecordsService
    case: r.Case
    folder: Path
    dialog: RulePackImportDialog
    appeal: r.Deadline
    complaint: r.Deadline

    def check(self, text: str, name: str = "ours.toml") -> None:
        (self.folder / name).write_text(text, "utf-8")
        self.dialog.file_edit.setText(str(self.folder / name))
        self.qtbot.mouseClick(self.dialog.check_button, Qt.MouseButton.LeftButton)
        self.settle()

    def settle(self) -> None:
        """Until the check, any preview of the ticks and its result are done."""
        dialog, runner = self.dialog, self.runner
        wait_idle(self.qtbot, runner)
        if dialog.review is not None:
            self.qtbot.waitUntil(
                lambda: dialog.preview_is_current and not runner.busy, timeout=WAIT_MS
            )

    def due(self, deadline: r.Deadline) -> str:
        return self.records.get_typed(deadline.id, r.Deadline).due


@pytest.fixture
def desk(
    qtbot: QtBot,
    runner: BackgroundRunner,
    records: RecordsService,
    clock: FakeClock,
    tmp_path: Path,
) -> Iterator[Desk]:
    rules = RuleService(records._conn, records, clock)
    case = make_case(title="Жаксылыков v. Poland")  # PL, asylum appeal
    records.create(case)
    appeal, complaint = pl_deadlines(rules, case.id)
    dialog = RulePackImportDialog(lambda: rules, records, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    yield Desk(qtbot, runner, rules, records, case, tmp_path, dialog, appeal, complaint)
    wait_idle(qtbot, runner)


def moved(old: str, new: str) -> str:
    return f"{DateDisplay.civil(old)} → {DateDisplay.civil(new)}"


def test_a_broken_pack_is_named_by_file_line_and_field_and_changes_nothing(desk: Desk) -> None:
    dialog, text = desk.dialog, broken_pack()
    desk.check(text)
    line = text.splitlines().index('offset = "7 fortnights"') + 1
    message = dialog.message_text()
    assert f"In ours.toml, line {line}, at rule[0].offset:" in message
    assert "Nothing was changed" in message and "fortnights" in message
    assert str(desk.folder) not in message  # the file's name, never its folder
    assert dialog.review is None and not dialog.changes.isVisible()
    assert not dialog.apply_button.isEnabled()
    assert desk.rules.stored_packs() == []
    assert desk.due(desk.appeal) == "2026-09-15"
    dialog.file_edit.setText(str(desk.folder / "missing.toml"))
    dialog.check_button.click()
    wait_idle(desk.qtbot, desk.runner)
    assert "In missing.toml, in the file as a whole: cannot be read." in dialog.message_text()


def test_a_pack_lists_its_changes_and_the_deadlines_that_would_move(desk: Desk) -> None:
    dialog = desk.dialog
    assert dialog.windowTitle() == "SafeCase"
    desk.check(our_pack())
    assert dialog.message_text() == ""
    assert dialog.pack_summary.text() == "“Our organisation's rules”, version 1, new to this vault."
    listing = dialog.changes.rule_list
    items = {
        str(item.data(Qt.ItemDataRole.UserRole)): item
        for item in map(listing.item, range(listing.count()))
    }
    assert set(items) == {APPEAL, COURT, SHELTER}
    # Added, and a change that raises confidence, start ticked; a less certain rule does not.
    assert dialog.changes.ticked_ids() == {APPEAL, SHELTER}
    appeal = items[APPEAL].text()
    assert appeal.startswith("Rule changed: Appeal to the Refugee Board (re-checked after the")
    assert "Period: 14 days → 7 days. Confidence: medium → high." in appeal
    assert "Source: our lawyers' reading of the implementing act (checked 2026-11-01)" in appeal
    court = items[COURT].text()
    assert court.startswith("UNVERIFIED – Rule changed:")
    assert "Confidence: high → UNVERIFIED." in court and "Not checked against the law" in court
    assert items[SHELTER].text().startswith("New rule: Shelter place review")
    # Only the ticked change moves a deadline: the appeal, named with its case.
    assert dialog.changes.deadlines_summary.text().startswith("With the ticked changes, 1 open")
    owner = desk.records.meta(desk.case.id).label
    assert dialog.changes.deadline_texts() == [
        f"{moved('2026-09-15', '2026-09-08')}, 7 day(s) earlier.\n{desk.appeal.title} – {owner}"
    ]
    assert dialog.apply_button.isEnabled()
    # Ticking the court's change adds its deadline; unticking everything moves nothing.
    dialog.changes.set_ticked(COURT, True)
    assert not dialog.apply_button.isEnabled()  # until the list is computed for these ticks
    desk.settle()
    texts = dialog.changes.deadline_texts()
    assert len(texts) == 2 and any(moved("2026-10-05", "2026-09-24") in t for t in texts)
    for rule_id in (APPEAL, COURT, SHELTER):
        dialog.changes.set_ticked(rule_id, False)
    desk.settle()
    assert dialog.changes.deadline_texts() == []
    assert "No change is ticked" in dialog.changes.deadlines_summary.text()
    assert not dialog.apply_button.isEnabled()
    assert desk.rules.stored_packs() == []  # still nothing written


def test_applying_moves_only_the_deadlines_of_the_ticked_changes(
    desk: Desk, open_vault: OpenVault, clock: FakeClock
) -> None:
    dialog = desk.dialog
    desk.check(our_pack())
    dialog.changes.set_ticked(SHELTER, False)
    desk.settle()
    assert dialog.changes.ticked_ids() == {APPEAL}
    with desk.qtbot.waitSignal(dialog.rules_applied, timeout=WAIT_MS) as applied:
        desk.qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(desk.qtbot, desk.runner)
    assert applied.args == [1]
    assert dialog.message_text() == "Done. The ticked changes are in your rules now."
    assert dialog.changes.deadlines_summary.text() == "1 deadline(s) moved."
    assert not dialog.apply_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert dialog.isVisible()  # the caseworker reads what moved, then closes
    # As stored, seen afresh (as after lock and unlock): only the accepted rule took effect.
    again = RuleService(open_vault.conn, RecordsService(open_vault.conn, clock), clock)
    assert again.rule(APPEAL).origin.id == "org"  # type: ignore[union-attr]
    assert again.rule(COURT).origin.id == "core"  # type: ignore[union-attr]
    assert again.active.find(SHELTER) is None
    assert [p.version for p in again.stored_packs()] == ["1"]
    assert (desk.due(desk.appeal), desk.due(desk.complaint)) == ("2026-09-08", "2026-10-05")


def test_cancel_is_the_default_so_enter_changes_nothing(desk: Desk) -> None:
    dialog = desk.dialog
    desk.check(our_pack())
    assert dialog.apply_button.isEnabled()
    assert dialog.cancel_button.isDefault() and not dialog.apply_button.isDefault()
    assert not dialog.apply_button.autoDefault()
    QTest.keyClick(dialog.changes.rule_list, Qt.Key.Key_Return)
    wait_idle(desk.qtbot, desk.runner)
    assert not dialog.isVisible()
    assert desk.rules.stored_packs() == []
    assert desk.due(desk.appeal) == "2026-09-15"


def test_every_control_has_an_accessible_name(desk: Desk) -> None:
    dialog = desk.dialog
    desk.check(our_pack())
    for widget in (dialog.file_edit, dialog.choose_button, dialog.check_button,
                   dialog.changes.rule_list, dialog.changes.deadline_list,
                   dialog.apply_button, dialog.cancel_button):  # fmt: skip
        assert widget.isVisible() and widget.accessibleName(), widget


def test_from_the_vault_menu_the_lock_closes_it_and_the_views_follow(  # noqa: PLR0917
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
    desk: Desk,
) -> None:
    desk.dialog.close()
    harness = open_records_window(qtbot, open_vault, runner, clipboard, settings, clock, icons)
    action = harness.window.import_rules_action
    assert action.isEnabled()
    action.trigger()
    dialog = harness.lock.tracked_windows()[-1]
    assert isinstance(dialog, RulePackImportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "SafeCase"
    desk.dialog = dialog
    desk.check(our_pack())
    with qtbot.waitSignal(harness.session.records_changed, timeout=WAIT_MS):
        dialog.apply_button.click()
    harness.settle()
    # The session's own rules follow at once: new deadlines are computed with the pack's.
    assert harness.session.rules.rule(APPEAL).origin.id == "org"  # type: ignore[union-attr]
    assert desk.due(desk.appeal) == "2026-09-08"
    action.trigger()
    assert isinstance(harness.lock.tracked_windows()[-1], RulePackImportDialog)
    harness.lock.lock()
    harness.settle()
    assert harness.lock.tracked_windows() == []
    assert not any(d.isVisible() for d in harness.window.findChildren(RulePackImportDialog))
    assert not action.isEnabled()
