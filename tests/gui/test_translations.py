"""The translations: sources up to date with the code, Russian complete, compiled files in step
with their sources, placeholders and accelerators kept, the partial languages covering what a
first day needs, the core's words catalogued, and the whole GUI really shown in Russian.

When a test here fails after a GUI change: run `make translations`, translate the new texts
(pyside6-linguist resources/translations/safecase_ru.ts), run `make translations` again.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import shutil
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot
from screen_tour import ScreenTour
from text_checks import TextCheck, as_on_a_laptop, sideways_problems
from translation_files import (
    COMPLETE,
    LANGUAGES,
    REPO,
    Message,
    fresh_messages,
    lrelease,
    lupdate_into,
    read_ts,
    ts_path,
)

from safecase.domain import passphrase_strength, record_validation
from safecase.domain import records as domain_records
from safecase.domain.clock import FakeClock
from safecase.gui import core_texts
from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.dialogs.language_dialog import LANGUAGES as SWITCHER
from safecase.gui.dialogs.language_dialog import LanguageDialog
from safecase.gui.icon_library import IconLibrary
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.settings import Settings
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

LIVE = ("", "unfinished")
"""Message states lupdate writes for texts still in the code (the rest are vanished/obsolete)."""

# What a caseworker meets on the first day, in a language that is only partly translated:
# first run, unlock, lock, reminders, backups (the restore advice lives in the error texts)
# and every error.
ESSENTIAL_CONTEXTS = frozenset(
    {
        # first run
        "CreateVaultWizard", "LocationPage", "PassphrasePage", "CreatingPage",
        "RecoveryKeyPage", "RecoveryCheckPage", "FinishedPage", "NewPassphraseForm",
        "StrengthMeter", "PassphraseStrength", "RecoveryKeyCheck", "RecoveryKeyView",
        "CapsLockWarning", "PassphraseEdit",
        # unlock
        "UnlockWindow", "RecoveryUnlockDialog", "UnlockDelayNotice",
        # lock
        "PrivacyCurtain", "PanicAction",
        # reminders
        "ReminderListView", "ReminderScheduler", "TrayNotifier",
        # errors
        "Errors", "VaultDialog",
        # where to find things, and this switch
        "Sections", "LanguageDialog",
    }
)  # fmt: skip
ESSENTIAL_MESSAGES = frozenset(
    {
        ("MainWindow", "&Lock"),
        ("MainWindow", "Lock SafeCase now (%s)"),
        ("MainWindow", "Lock and &quit"),
        ("Shortcuts", "Lock SafeCase now"),
        ("Shortcuts", "Lock and quit SafeCase"),
    }
)

_PLACEHOLDER = re.compile(r"%(?:L?\d|n|[sd])")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def live(messages: list[Message] | tuple[Message, ...]) -> list[Message]:
    return [m for m in messages if m.state in LIVE]


@pytest.fixture(scope="module")
def committed() -> dict[str, list[Message]]:
    return {language: read_ts(ts_path(language)) for language in LANGUAGES}


# -- (a) the sources are up to date ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_sources_are_up_to_date(
    language: str, committed: dict[str, list[Message]]
) -> None:
    in_code = {m.key for m in fresh_messages()}
    in_file = {m.key for m in live(committed[language])}
    assert sorted(in_code - in_file) == [], "new texts: run `make translations`"
    assert sorted(in_file - in_code) == [], "texts no longer in the code: run `make translations`"


def test_lupdate_leaves_the_committed_russian_file_unchanged(tmp_path: Path) -> None:
    copy = tmp_path / "safecase_ru.ts"
    shutil.copyfile(ts_path("ru"), copy)
    lupdate_into(copy)
    assert copy.read_text(encoding="utf-8") == ts_path("ru").read_text(encoding="utf-8")


# -- (b) Russian is complete ---------------------------------------------------------------------


@pytest.mark.parametrize("language", COMPLETE)
def test_complete_languages_have_no_unfinished_text(
    language: str, committed: dict[str, list[Message]]
) -> None:
    unfinished = [m.key for m in live(committed[language]) if not m.finished]
    assert unfinished == []


# -- (c) the compiled files match their sources ------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_match_their_sources(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"safecase_{language}.qm"
    lrelease(ts_path(language), compiled)
    shipped = ts_path(language).with_suffix(".qm")
    assert shipped.exists(), "run `make translations`"
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_compiled_translations_are_in_the_package() -> None:
    """resources/ ships as safecase.resources; application.py loads safecase_<lang>.qm from it."""
    translator_dir = REPO / "resources" / "translations"
    for language in LANGUAGES:
        assert (translator_dir / f"safecase_{language}.qm").stat().st_size > 0


# -- (d) placeholders and accelerators ------------------------------------------------------------


def _python_placeholders(text: str) -> list[str]:
    return [p for p in _PLACEHOLDER.findall(text) if p in ("%s", "%d")]


def _qt_placeholders(text: str) -> list[str]:
    return sorted(p for p in _PLACEHOLDER.findall(text) if p not in ("%s", "%d"))


def test_the_placeholder_and_accelerator_check_works() -> None:
    assert _python_placeholders("%s, deleted %s at %d%%") == ["%s", "%s", "%d"]
    assert _qt_placeholders("Due %2 (%1), %n and %L3") == ["%1", "%2", "%L3", "%n"]
    assert _ACCELERATOR.findall("&Save && close") == ["&"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(
    language: str, committed: dict[str, list[Message]]
) -> None:
    problems = []
    for message in live(committed[language]):
        for translation in message.translations:
            if not translation:
                continue
            source = message.source
            where = f"{message.context}: {source[:50]!r} -> {translation[:50]!r}"
            # Python's % formatting fills %s and %d in order: same ones, same order.
            if _python_placeholders(translation) != _python_placeholders(source):
                problems.append(f"%s/%d differ: {where}")
            # Qt's %1, %n may move, but not go missing.
            qt_source = _qt_placeholders(source)
            if message.numerus:
                qt_source = sorted(set(qt_source))
            if sorted(set(_qt_placeholders(translation))) != sorted(set(qt_source)):
                problems.append(f"%1/%n differ: {where}")
            if len(_ACCELERATOR.findall(translation)) != len(_ACCELERATOR.findall(source)):
                problems.append(f"& accelerators differ: {where}")
            if translation.endswith("…") != source.endswith("…"):
                problems.append(f"trailing … differs: {where}")
    assert problems == []


# -- partial languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang not in COMPLETE])
def test_partial_languages_cover_a_first_day(
    language: str, committed: dict[str, list[Message]]
) -> None:
    missing = [
        m.key
        for m in live(committed[language])
        if (m.context in ESSENTIAL_CONTEXTS or (m.context, m.source) in ESSENTIAL_MESSAGES)
        and not m.finished
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_switch_says_which_languages_are_partial(
    language: str, committed: dict[str, list[Message]]
) -> None:
    entry = next(e for e in SWITCHER if e.tag == language)
    partial = any(not m.finished for m in live(committed[language]))
    assert entry.native_name.endswith(")") == partial, entry.native_name


# -- the core's words ------------------------------------------------------------------------------


def _validation_reasons(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "ValidationError"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
        ):
            yield str(node.args[1].value)


def test_the_core_texts_catalogue_covers_what_the_core_says() -> None:
    vocabulary = {
        Vocabulary.text(member)
        for enum in vars(domain_records).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
    }
    assert vocabulary, "the record vocabularies are found"
    assert sorted(vocabulary - set(extracted_sources("Vocabulary"))) == [], (
        "add them to gui/core_texts.py"
    )

    strength = set(passphrase_strength.REASONS.values()) | set(passphrase_strength.SUGGESTIONS)
    assert strength <= set(core_texts.PASSPHRASE_STRENGTH), "add them to gui/core_texts.py"

    src = REPO / "src" / "safecase"
    reasons = set(_validation_reasons(src / "domain" / "record_validation.py"))
    reasons |= set(_validation_reasons(src / "services" / "records.py"))
    limits = {record_validation.MAX_SHORT_TEXT, record_validation.MAX_LONG_TEXT, 40, 255}
    reasons |= {f"longer than {limit} characters" for limit in limits}
    assert reasons <= set(core_texts.VALIDATION), "add them to gui/core_texts.py"

    fields = {
        field.name.replace("_", " ").capitalize()
        for kind in (
            domain_records.Person,
            domain_records.Contact,
            domain_records.Case,
            domain_records.Event,
            domain_records.Deadline,
            domain_records.Note,
            domain_records.Attachment,
        )
        for field in dataclasses.fields(kind)
    }
    assert fields <= set(core_texts.RECORD_FIELDS), "add them to gui/core_texts.py"


def test_health_findings_are_catalogued(open_vault: OpenVault) -> None:
    details = {check.detail for check in open_vault.health_check().checks}
    assert details <= set(core_texts.HEALTH_CHECK)


def extracted_sources(context: str) -> list[str]:
    return [m.source for m in fresh_messages() if m.context == context]


# -- the language switch and loading ---------------------------------------------------------------


@pytest.fixture
def russian(app: Application) -> Iterator[Application]:
    app.load_translations("ru")
    yield app
    app.load_translations("C")  # no translation at all, as the other tests expect


def test_russian_is_loaded_for_safecase_and_for_qt(russian: Application) -> None:
    assert QCoreApplication.translate("UnlockWindow", "&Unlock") == "&Разблокировать"
    assert QCoreApplication.translate("Errors", "There is no vault in that folder.") == (
        "В этой папке нет хранилища."
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


@pytest.mark.parametrize("tag", ["kk", "uz_Latn"])
def test_partial_languages_fall_back_to_english(app: Application, tag: str) -> None:
    app.load_translations(tag)
    try:
        unlock = QCoreApplication.translate("UnlockWindow", "SafeCase is locked")
        assert unlock != "SafeCase is locked" and unlock
        untranslated = [m for m in live(read_ts(ts_path(tag))) if not m.finished]
        if untranslated:
            message = untranslated[0]
            shown = QCoreApplication.translate(message.context, message.source)
            assert shown == message.source
    finally:
        app.load_translations("C")


def test_the_language_dialog_saves_the_choice(qtbot: QtBot, settings: Settings) -> None:
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.chosen_tag() == "", "follows the computer until a language is chosen"
    assert [b.text() for b in dialog.buttons_by_tag.values()][1:] == [
        "English",
        "Русский",
        "Қазақша (ішінара)",
        "Oʻzbekcha (qisman)",
    ]
    dialog.buttons_by_tag["kk"].setChecked(True)
    dialog.save_button.click()
    assert settings.language == "kk"
    assert dialog.close_button.isVisible() and "next time" in dialog.message_text()
    assert Settings(settings._q).language == "kk"
    assert QLocale("kk").name().startswith("kk")


# -- the GUI in Russian ---------------------------------------------------------------------------


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_every_screen_is_in_russian_and_nothing_is_cut_short(  # noqa: PLR0917 - fixtures
    russian: Application,
    qtbot: QtBot,
    tmp_path: Path,
    runner: BackgroundRunner,
    created_vault: tuple[Path, str],
    open_vault: OpenVault,
    records: RecordsService,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
) -> None:
    tour = ScreenTour(
        qtbot, tmp_path, runner, created_vault, open_vault, records, clipboard, settings,
        clock, icons,
    )  # fmt: skip
    english: dict[str, list[str]] = {}
    clipped: dict[str, list[str]] = {}
    sideways: dict[str, list[str]] = {}
    check = TextCheck(_cyrillic, {e.native_name for e in SWITCHER})
    for screen in tour.screens():
        if tour.data is not None:
            check = TextCheck(_cyrillic, tour.data.texts | {e.native_name for e in SWITCHER})
        as_on_a_laptop(screen.window)
        if found := check.untranslated(screen.window):
            english[screen.name] = found
        if found := check.clipped(screen.window):
            clipped[screen.name] = found
        if found := check.cut_off_sideways(screen.window):
            sideways[screen.name] = found
    assert english == {}, "shown in English in the Russian interface"
    assert clipped == {}, "cut short in Russian"
    assert sideways_problems(sideways) == {}, "cut off at the side in Russian"
