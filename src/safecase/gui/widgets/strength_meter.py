"""A passphrase strength meter that explains itself in plain words.

It shows a bar, a verdict ("Weak — SafeCase will not accept this yet"), the reasons, and one
suggestion. Nothing shown ever quotes the passphrase (the estimator returns fixed sentences).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from safecase.domain.passphrase_strength import StrengthEstimate, estimate_strength
from safecase.gui.widgets.plain_label import PlainLabel


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None, *, context_words: tuple[str, ...] = ()):
        super().__init__(parent)
        self._context_words = ("safecase", *context_words)
        self._estimate: StrengthEstimate | None = None
        self._bar = QProgressBar(self)
        self._bar.setObjectName("strengthBar")
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._bar.setFixedHeight(8)
        self._verdict = PlainLabel(parent=self)
        self._verdict.setObjectName("strengthVerdict")
        self._reasons = PlainLabel(parent=self)
        self._reasons.setObjectName("strengthReasons")
        self._suggestion = PlainLabel(parent=self)
        self._suggestion.setObjectName("strengthSuggestion")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self._bar, self._verdict, self._reasons, self._suggestion):
            layout.addWidget(widget)
        self.set_passphrase("")

    @property
    def estimate(self) -> StrengthEstimate | None:
        return self._estimate

    @property
    def acceptable(self) -> bool:
        return self._estimate is not None and self._estimate.acceptable

    def verdict_text(self) -> str:
        return self._verdict.text()

    def reasons_text(self) -> str:
        return self._reasons.text()

    def suggestion_text(self) -> str:
        return self._suggestion.text()

    def set_passphrase(self, text: str) -> None:
        estimate = estimate_strength(text, context_words=self._context_words)
        self._estimate = estimate
        self._bar.setValue(estimate.score if text else 0)
        level = "strong" if estimate.acceptable else ("empty" if not text else "weak")
        self._bar.setProperty("strength", level)
        self._bar.style().unpolish(self._bar)
        self._bar.style().polish(self._bar)
        words = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        if not text:
            verdict = self.tr("Strength: nothing typed yet.")
        elif estimate.acceptable:
            verdict = (
                self.tr("Strength: %s. SafeCase accepts this passphrase.") % (words[estimate.score])
            )
        else:
            verdict = (
                self.tr("Strength: %s. SafeCase will not accept this yet.")
                % (words[estimate.score])
            )
        self._verdict.setText(verdict)
        reasons = estimate.reasons if text else ()
        if reasons and estimate.acceptable:
            lead = self.tr("It could be stronger:")
        else:
            lead = self.tr("Why:") if reasons else ""
        self._reasons.setText(
            "\n".join(
                [
                    lead,
                    *(f"•  {QCoreApplication.translate('PassphraseStrength', r)}" for r in reasons),
                ]
            )
            if reasons
            else ""
        )
        self._reasons.setVisible(bool(reasons))
        self._suggestion.setText(
            QCoreApplication.translate("PassphraseStrength", estimate.suggestion)
        )
        self._bar.setAccessibleDescription(verdict)
