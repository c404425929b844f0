"""Plain labels, passphrase fields, the strength meter, the new-passphrase form, and the
recovery key display and check."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from safecase.gui.widgets.new_passphrase_form import NewPassphraseForm
from safecase.gui.widgets.passphrase_edit import PassphraseEdit
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.gui.widgets.recovery_key_check import RecoveryKeyCheck
from safecase.gui.widgets.recovery_key_view import PREFIX, RecoveryKeyView
from safecase.gui.widgets.strength_meter import StrengthMeter

STRONG = "lantern orbit velvet marsh"


def test_plain_label_never_renders_rich_text(qtbot: QtBot) -> None:
    label = PlainLabel('<img src="file:///etc/passwd"><a href="x">click</a>')
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not label.openExternalLinks()
    assert label.text().startswith("<img")


def test_passphrase_edit_hides_text_and_tells_input_methods(qtbot: QtBot) -> None:
    edit = PassphraseEdit("Passphrase")
    qtbot.addWidget(edit)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    hints = edit.inputMethodHints()
    for hint in (
        Qt.InputMethodHint.ImhSensitiveData,
        Qt.InputMethodHint.ImhNoPredictiveText,
        Qt.InputMethodHint.ImhHiddenText,
    ):
        assert hints & hint
    assert edit.accessibleName() == "Passphrase"


def test_accessibility_never_exposes_the_passphrase(qtbot: QtBot) -> None:
    edit = PassphraseEdit("Passphrase")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "canary secret words")
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface is not None
    for role in (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description):
        assert "canary" not in interface.text(role)
    assert "canary" not in edit.accessibleName() + edit.accessibleDescription()


def test_caps_lock_guessed_from_shifted_letters(qtbot: QtBot) -> None:
    edit = PassphraseEdit("Passphrase")
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.caps_lock_changed) as blocker:
        qtbot.keyClick(edit, "A")  # an upper-case letter without Shift
    assert blocker.args == [True]
    assert edit.caps_lock_suspected
    qtbot.keyClick(edit, "b")
    assert not edit.caps_lock_suspected
    qtbot.keyClick(edit, "c", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift
    assert edit.caps_lock_suspected
    qtbot.keyClick(edit, "7")  # not a letter: no change
    assert edit.caps_lock_suspected


def test_take_passphrase_clears_the_field_and_normalises(qtbot: QtBot) -> None:
    edit = PassphraseEdit("Passphrase")
    qtbot.addWidget(edit)
    decomposed = unicodedata.normalize("NFD", "café crème")
    edit.setText(decomposed)
    secret = edit.take_passphrase()
    assert edit.text() == ""
    assert bytes(secret) == unicodedata.normalize("NFC", decomposed).encode("utf-8")


def test_strength_meter_refuses_and_explains_without_quoting(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("Summer2024!")
    assert not meter.acceptable
    assert "will not accept" in meter.verdict_text()
    assert meter.reasons_text()
    assert meter.suggestion_text()
    shown = meter.verdict_text() + meter.reasons_text() + meter.suggestion_text()
    assert "Summer" not in shown and "2024" not in shown
    meter.set_passphrase(STRONG)
    assert meter.acceptable
    assert "accepts" in meter.verdict_text()
    assert "lantern" not in meter.verdict_text() + meter.reasons_text()


def test_strength_meter_knows_the_app_name(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("safecase safecase")
    assert not meter.acceptable


def test_new_passphrase_form_needs_strength_and_a_match(qtbot: QtBot) -> None:
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.passphrase.setText("password123")
    form.confirmation.setText("password123")
    assert not form.is_acceptable
    form.passphrase.setText(STRONG)
    form.confirmation.setText(STRONG + "x")
    assert not form.is_acceptable
    assert "different" in form.match_text()
    form.confirmation.setText(STRONG)
    assert form.is_acceptable
    assert "same" in form.match_text()
    secret = form.take_passphrase()
    assert bytes(secret) == STRONG.encode()
    assert form.passphrase.text() == "" and form.confirmation.text() == ""


def test_recovery_key_is_shown_in_groups_and_read_back(
    qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    _root, key = created_vault
    view = RecoveryKeyView()
    qtbot.addWidget(view)
    view.set_key(key)
    shown = view.text()
    assert shown.splitlines()[0] == PREFIX
    assert all(len(g) == 4 for g in RecoveryKeyView.groups(key)[:-1])
    assert "".join(shown.split()) == key
    assert not view.findChild(PlainLabel).textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
    # As typed from paper: lower case, spaces, line breaks, O for zero, no dashes in prefix.
    typed = shown.lower().replace("0", "o").replace("age-secret-key-1", "agesecretkey1")
    assert RecoveryKeyView.normalise(typed) == key


def test_recovery_key_check_asks_for_two_groups_inside_a_line(
    qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    _root, key = created_vault
    groups = RecoveryKeyView.groups(key)
    for pick in range(12):
        check = RecoveryKeyCheck(choose=lambda n, pick=pick: pick % n)
        qtbot.addWidget(check)
        check.set_key(key)
        assert check.first_group % 5 != 0, "never the group named in the prompt"
        expected = groups[check.first_group] + groups[check.first_group + 1]
        assert check.expected == expected and len(expected) == 8
    check.entry.setText("XXXX XXXX")
    assert not check.passed
    assert "does not match" in check.feedback_text()
    check.entry.setText(f"{expected[:4].lower()} {expected[4:]}")
    assert check.passed
    assert "Correct" in check.feedback_text()
