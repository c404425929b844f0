"""Marks a text for translation where it is defined, when it is translated somewhere else.

    _MESSAGES = {Kind.A: translatable("Errors", "The disk is full.")}
    ...
    QCoreApplication.translate("Errors", _MESSAGES[kind])

`translatable(context, text)` returns `text` unchanged. `make translations` runs pyside6-lupdate
with `-tr-function-alias QT_TRANSLATE_NOOP+=translatable`, so the text is extracted under
`context`, exactly like Qt's QT_TRANSLATE_NOOP (whose PySide6 stub returns `object`, not `str`).

Rule carried here: a text shown through `QCoreApplication.translate(context, variable)` or
`self.tr(variable)` is only translated if its literal is marked, here or by `tr()` itself; the
context must be the one the showing code passes (for `self.tr`, the class name).
"""

from __future__ import annotations

LUPDATE_ALIAS = "QT_TRANSLATE_NOOP+=translatable"
"""The pyside6-lupdate option value that makes it recognise `translatable`."""


def translatable(context: str, text: str) -> str:
    """`text`, unchanged; lupdate extracts it under `context`."""
    del context
    return text
