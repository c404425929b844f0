"""The words shown for the record vocabularies (enum values) and record kinds.

Stored values are snake_case (`asylum_appeal`); people read "Asylum appeal". Every text goes
through Qt's translation, in the "Vocabulary" context.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from safecase.domain.records import RecordKind
from safecase.gui.translatable import translatable


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


# Values whose plain "replace _ by a space" reading is wrong or unclear.
_SPECIAL = {
    "ngo": translatable("Vocabulary", "NGO"),
    "un_body": translatable("Vocabulary", "UN body"),
    "un_communication": translatable("Vocabulary", "UN communication"),
    "ecthr_application": translatable("Vocabulary", "ECtHR application"),
    "decision_served": translatable("Vocabulary", "Decision served"),
    "criminal_charge_abroad": translatable("Vocabulary", "Criminal charge abroad"),
}

_KIND_ONE = {
    RecordKind.PERSON: translatable("Vocabulary", "Person"),
    RecordKind.CONTACT: translatable("Vocabulary", "Contact"),
    RecordKind.CASE: translatable("Vocabulary", "Case"),
    RecordKind.EVENT: translatable("Vocabulary", "Event"),
    RecordKind.DEADLINE: translatable("Vocabulary", "Deadline"),
    RecordKind.NOTE: translatable("Vocabulary", "Note"),
    RecordKind.ATTACHMENT: translatable("Vocabulary", "Attachment"),
}

_KIND_MANY = {
    RecordKind.PERSON: translatable("Vocabulary", "People"),
    RecordKind.CONTACT: translatable("Vocabulary", "Contacts"),
    RecordKind.CASE: translatable("Vocabulary", "Cases"),
    RecordKind.EVENT: translatable("Vocabulary", "Events"),
    RecordKind.DEADLINE: translatable("Vocabulary", "Deadlines"),
    RecordKind.NOTE: translatable("Vocabulary", "Notes"),
    RecordKind.ATTACHMENT: translatable("Vocabulary", "Attachments"),
}


class Vocabulary:
    @staticmethod
    def text(value: str | StrEnum | None) -> str:
        """The words for one stored value; "" for none."""
        if value is None or value == "":
            return ""
        raw = str(value)
        special = _SPECIAL.get(raw)
        if special is not None:
            return _t(special)
        return _t(raw.replace("_", " ").capitalize())

    @classmethod
    def choices(cls, enum: type[StrEnum]) -> list[tuple[str, str]]:
        """(stored value, words) for each member, in declaration order."""
        return [(member.value, cls.text(member)) for member in enum]

    @staticmethod
    def kind(kind: RecordKind) -> str:
        return _t(_KIND_ONE[kind])

    @staticmethod
    def kind_plural(kind: RecordKind) -> str:
        return _t(_KIND_MANY[kind])
