"""The words shown for the record vocabularies (enum values) and record kinds.

Stored values are snake_case (`asylum_appeal`); people read "Asylum appeal". Every text goes
through Qt's translation, in the "Vocabulary" context.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from safecase.domain.records import RecordKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


# Values whose plain "replace _ by a space" reading is wrong or unclear.
_SPECIAL = {
    "ngo": "NGO",
    "un_body": "UN body",
    "un_communication": "UN communication",
    "ecthr_application": "ECtHR application",
    "decision_served": "Decision served",
    "criminal_charge_abroad": "Criminal charge abroad",
}

_KIND_ONE = {
    RecordKind.PERSON: "Person",
    RecordKind.CONTACT: "Contact",
    RecordKind.CASE: "Case",
    RecordKind.EVENT: "Event",
    RecordKind.DEADLINE: "Deadline",
    RecordKind.NOTE: "Note",
    RecordKind.ATTACHMENT: "Attachment",
}

_KIND_MANY = {
    RecordKind.PERSON: "People",
    RecordKind.CONTACT: "Contacts",
    RecordKind.CASE: "Cases",
    RecordKind.EVENT: "Events",
    RecordKind.DEADLINE: "Deadlines",
    RecordKind.NOTE: "Notes",
    RecordKind.ATTACHMENT: "Attachments",
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
