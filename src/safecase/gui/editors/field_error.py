"""Turns a `ValidationError` into words for the field it names.

The core names fields as they are in the record: `name`, `phones[1]`, `flags[0].reason`. The
editor shows the message under the widget for the top-level name; for list fields it says
which line. Reasons are short English phrases from the core, translated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from safecase.domain.errors import ValidationError

_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)(?:\[(?P<index>\d+)\])?")


def _t(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


@dataclass(frozen=True, slots=True)
class FieldError:
    key: str
    """The editor field the error belongs to."""
    message: str

    @classmethod
    def of(cls, error: ValidationError) -> FieldError:
        match = _FIELD.match(error.field)
        key = match.group("key") if match else error.field
        reason = _t(error.reason)
        reason = reason[:1].upper() + reason[1:]
        index = match.group("index") if match else None
        if index is not None:
            return cls(
                key,
                QCoreApplication.translate("Validation", "Line %d: %s") % (int(index) + 1, reason),
            )
        return cls(key, reason)
