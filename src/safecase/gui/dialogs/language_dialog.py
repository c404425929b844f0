"""Settings: the language SafeCase speaks. Takes effect the next time SafeCase starts.

Rules carried here:
- each language is named in its own words ("Русский", "Қазақша"), so a person who cannot read
  the current language can still find theirs; translations that do not cover every text yet say
  so in that language ("ішінара", "qisman": partial), and the rest appears in English;
- the choice is stored in the settings file (`Settings.language`, a tag such as "ru" or "" to
  follow the computer) and read by app.py at start: windows already built are not re-translated
  half-way, so a change never leaves a mixed-language screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QButtonGroup, QDialogButtonBox, QRadioButton, QVBoxLayout, QWidget

from safecase.gui.dialogs.vault_dialog import VaultDialog
from safecase.gui.settings import Settings


@dataclass(frozen=True, slots=True)
class Language:
    tag: str
    """As stored in the settings and given to QLocale ("" follows the computer)."""
    native_name: str
    """The language's name in the language itself, with "(partial)" in it where partial."""


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("ru", "Русский"),
    Language("kk", "Қазақша (ішінара)"),
    Language("uz_Latn", "Oʻzbekcha (qisman)"),
)
"""Every language SafeCase has a translation for (English is the source language)."""

FOLLOW_SYSTEM = ""


def language_for(locale: QLocale) -> Language | None:
    """The SafeCase language a locale would load, if there is one."""
    for language in LANGUAGES:
        candidate = QLocale(language.tag)
        if (candidate.language(), candidate.script()) == (locale.language(), locale.script()):
            return language
    return None


class LanguageDialog(VaultDialog):
    @staticmethod
    def menu_text() -> str:
        """The menu entry that opens this dialog."""
        return QCoreApplication.translate("LanguageDialog", "&Language…")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Language"),
            self.tr(
                "Choose the language SafeCase uses. The change takes effect the next time "
                "you start SafeCase. Your vault is not changed."
            ),
            parent,
        )
        self._settings = settings
        self.group = QButtonGroup(self)
        self.buttons_by_tag: dict[str, QRadioButton] = {}
        column = QVBoxLayout()
        column.setSpacing(6)
        system = language_for(QLocale.system())
        follow = QRadioButton(
            self.tr("The same as this computer (%s)")
            % (system.native_name if system is not None else "English"),
            self,
        )
        self._add_choice(column, FOLLOW_SYSTEM, follow)
        for language in LANGUAGES:
            button = QRadioButton(language.native_name, self)
            button.setObjectName("languageName")
            self._add_choice(column, language.tag, button)
        self.content.addLayout(column)
        chosen = self.buttons_by_tag.get(settings.language, follow)
        chosen.setChecked(True)
        self.cancel_button = self.add_standard_button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.add_button(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.add_standard_button(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.accept)
        chosen.setFocus()

    def _add_choice(self, column: QVBoxLayout, tag: str, button: QRadioButton) -> None:
        button.setAccessibleName(button.text())
        button.setProperty("languageTag", tag)
        self.group.addButton(button)
        self.buttons_by_tag[tag] = button
        column.addWidget(button)

    def chosen_tag(self) -> str:
        button = self.group.checkedButton()
        tag = button.property("languageTag") if button is not None else FOLLOW_SYSTEM
        return tag if isinstance(tag, str) else FOLLOW_SYSTEM

    def _on_save_button_clicked(self) -> None:
        tag = self.chosen_tag()
        self._settings.language = tag
        self._settings.sync()
        for button in self.buttons_by_tag.values():
            button.setEnabled(False)
        self.show_message(
            self.tr("Saved. SafeCase will use the new language the next time you start it."),
            error=False,
        )
        self.cancel_button.hide()
        self.save_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
