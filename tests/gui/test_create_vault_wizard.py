"""First run, end to end: location, passphrase (guessable refused), creation off-thread with
explicit fast KDF parameters, recovery key shown once and checked, finish with an open vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from helpers import FAST_KDF, PASSPHRASE, pw
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.create_vault_wizard import CreateVaultWizard
from safecase.gui.widgets.recovery_key_view import RecoveryKeyView
from safecase.services import vault as vault_service
from safecase.services.vault import OpenVault


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, runner: BackgroundRunner) -> Iterator[CreateVaultWizard]:
    w = CreateVaultWizard(
        runner, default_location=tmp_path / "new-vault", kdf=FAST_KDF, choose=lambda n: n // 2
    )
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.vault is not None and w.vault.is_open:
        w.vault.close()


def _next(wizard: CreateVaultWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _commit(wizard: CreateVaultWizard) -> None:
    wizard.button(QWizard.WizardButton.CommitButton).click()


def _to_passphrase_page(wizard: CreateVaultWizard) -> None:
    assert wizard.currentPage() is wizard.location_page
    _next(wizard)
    assert wizard.currentPage() is wizard.passphrase_page


def _create(qtbot: QtBot, wizard: CreateVaultWizard, runner: BackgroundRunner) -> None:
    _to_passphrase_page(wizard)
    form = wizard.passphrase_page.form
    form.passphrase.setText(PASSPHRASE)
    form.confirmation.setText(PASSPHRASE)
    _commit(wizard)
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_key_page, timeout=WAIT_MS)


def test_title_and_accessible_buttons(wizard: CreateVaultWizard) -> None:
    assert wizard.windowTitle() == "SafeCase"
    assert wizard.location_page.location.accessibleName()
    assert wizard.location_page.choose_button.accessibleName()
    assert wizard.button(QWizard.WizardButton.NextButton).accessibleName() == "Next"


def test_default_location_is_prefilled(wizard: CreateVaultWizard, tmp_path: Path) -> None:
    assert wizard.location_page.location.text() == str(tmp_path / "new-vault")


def test_folder_with_other_files_is_refused(wizard: CreateVaultWizard, tmp_path: Path) -> None:
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("x")
    wizard.location_page.location.setText(str(busy))
    _next(wizard)
    assert wizard.currentPage() is wizard.location_page
    assert "other files" in wizard.location_page.problem_text()


def test_existing_vault_is_refused(
    wizard: CreateVaultWizard, created_vault: tuple[Path, str]
) -> None:
    wizard.location_page.location.setText(str(created_vault[0]))
    _next(wizard)
    assert wizard.currentPage() is wizard.location_page
    assert "already a vault" in wizard.location_page.problem_text()


def test_guessable_passphrase_is_refused(wizard: CreateVaultWizard) -> None:
    _to_passphrase_page(wizard)
    form = wizard.passphrase_page.form
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    for guessable in ("password123", "Summer2024!", "qwertyuiop", "P@ssw0rd1990"):
        form.passphrase.setText(guessable)
        form.confirmation.setText(guessable)
        assert not commit.isEnabled(), guessable
        assert "will not accept" in form.meter.verdict_text()
    form.passphrase.setText(PASSPHRASE)
    form.confirmation.setText(PASSPHRASE + " ")
    assert not commit.isEnabled()
    form.confirmation.setText(PASSPHRASE)
    assert commit.isEnabled()


def test_first_run_end_to_end(
    qtbot: QtBot, wizard: CreateVaultWizard, runner: BackgroundRunner, tmp_path: Path
) -> None:
    _create(qtbot, wizard, runner)
    assert wizard.vault is not None and wizard.vault.is_open
    assert wizard.state.passphrase is None, "passphrase bytes are dropped once the vault exists"
    # No way back into creation, no Cancel once the vault exists.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    key = wizard.state.recovery_key
    assert key.startswith("AGE-SECRET-KEY-1")
    shown = wizard.recovery_key_page.key_view.text()
    assert "".join(shown.split()) == key
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "must confirm the key was written down"
    wizard.recovery_key_page.written.setChecked(True)
    _next(wizard)
    page = wizard.recovery_check_page
    assert wizard.currentPage() is page
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled(), "the key can be looked at again to fix the paper copy"
    back.click()
    assert wizard.currentPage() is wizard.recovery_key_page
    _next(wizard)
    assert not next_button.isEnabled()
    page.check.entry.setText("AAAA BBBB")
    assert not next_button.isEnabled()
    page.check.entry.setText(page.check.expected.lower())
    assert next_button.isEnabled()
    _next(wizard)
    assert wizard.currentPage() is wizard.finished_page
    with qtbot.waitSignal(wizard.vault_created) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = blocker.args[0]
    assert isinstance(vault, OpenVault) and vault.is_open
    assert wizard.state.recovery_key == ""
    assert wizard.recovery_key_page.key_view.text() == "", "the key is not kept on screen"
    vault.close()
    # The vault opens with the passphrase and with the recovery key.
    vault_service.unlock(tmp_path / "new-vault", pw()).close()
    vault_service.unlock_with_recovery(
        tmp_path / "new-vault", key, pw("another fine long passphrase"), FAST_KDF
    ).close()


def test_escape_cannot_dismiss_the_recovery_key(
    qtbot: QtBot, wizard: CreateVaultWizard, runner: BackgroundRunner
) -> None:
    _create(qtbot, wizard, runner)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.recovery_key_page


def test_closing_after_creation_hands_over_the_vault(
    qtbot: QtBot, wizard: CreateVaultWizard, runner: BackgroundRunner
) -> None:
    _create(qtbot, wizard, runner)
    with qtbot.waitSignal(wizard.vault_created) as blocker:
        wizard.reject()
    assert blocker.args[0] is wizard.vault


def test_cancel_before_creation(qtbot: QtBot, wizard: CreateVaultWizard, tmp_path: Path) -> None:
    with qtbot.waitSignal(wizard.cancelled):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not (tmp_path / "new-vault").exists()


def test_calibration_progress_moves_the_bar(wizard: CreateVaultWizard) -> None:
    page = wizard.creating_page
    page.on_progress(0.5)
    assert 0 < page.progress.value() < page.progress.maximum()
    page.on_progress(1.0)
    assert "Creating" in page.status.text()


def test_creation_failure_offers_retry(
    qtbot: QtBot, wizard: CreateVaultWizard, runner: BackgroundRunner, tmp_path: Path
) -> None:
    blocker_file = tmp_path / "not-a-dir"
    blocker_file.write_text("x")
    wizard.location_page.location.setText(str(blocker_file / "vault"))
    _next(wizard)
    form = wizard.passphrase_page.form
    form.passphrase.setText(PASSPHRASE)
    form.confirmation.setText(PASSPHRASE)
    _commit(wizard)
    wait_idle(qtbot, runner)
    page = wizard.creating_page
    assert wizard.currentPage() is page
    assert page.problem.isVisibleTo(page) and page.problem.text()
    assert str(tmp_path) not in page.problem.text()
    assert page.retry_button.isVisibleTo(page) and page.restart_button.isVisibleTo(page)
    page.restart_button.click()
    assert wizard.currentPage() is wizard.location_page
    assert wizard.state.passphrase is None


def test_recovery_key_grouping_matches_the_check(created_vault: tuple[Path, str]) -> None:
    key = created_vault[1]
    assert RecoveryKeyView.normalise(RecoveryKeyView.formatted(key)) == key
