"""Factories with valid defaults: make_person(name="…") etc. (SecureDrop's tests/factory idea)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safecase.crypto import age
from safecase.domain import records as r
from safecase.services.records import RecordsService


def make_person(**overrides: Any) -> r.Person:
    values: dict[str, Any] = {
        "name": "Ержан Жаксылыков",
        "other_names": [r.OtherName("Yerzhan Zhaksylykov", "Latn", "kk", "transliteration")],
        "birth_date": "1979-04",
        "citizenship": ["KZ"],
        "languages": ["kk", "ru"],
        "country": "PL",
        "location": "Warsaw",
        "status": "asylum seeker",
        "risk": r.Risk.HIGH,
        "flags": [r.Flag("detained", "extradition request", "2023-09-01")],
        "tags": ["activist"],
        "summary": "Fictional person for tests.",
    }
    values.update(overrides)
    return r.Person(**values)


def make_contact(**overrides: Any) -> r.Contact:
    values: dict[str, Any] = {
        "name": "Anna Nowak",
        "kind": r.ContactKind.LAWYER,
        "organisation": "Fictional Legal Aid",
        "phones": ["+48 22 000 00 00"],
        "emails": ["anna@example.org"],
        "handles": ["Signal: +48 000"],
        "notes": "Speaks Russian.",
    }
    values.update(overrides)
    return r.Contact(**values)


def make_case(**overrides: Any) -> r.Case:
    values: dict[str, Any] = {
        "title": "Asylum appeal",
        "kind": r.CaseKind.ASYLUM_APPEAL,
        "jurisdiction": "PL",
        "authority": "Refugee Board",
        "references": ["RdU-123/24"],
        "status": r.CaseStatus.PENDING,
        "opened": "2024-01-10",
        "charges": "",
        "summary": "Fictional case.",
    }
    values.update(overrides)
    return r.Case(**values)


def make_event(**overrides: Any) -> r.Event:
    values: dict[str, Any] = {"date": "2024-02-01", "kind": r.EventKind.DECISION_SERVED,
                              "summary": "Decision served by post."}  # fmt: skip
    values.update(overrides)
    return r.Event(**values)


def make_deadline(**overrides: Any) -> r.Deadline:
    values: dict[str, Any] = {"title": "Appeal to the Refugee Board", "due": "2024-02-15",
                              "tz": "Europe/Warsaw", "reminders": ["P7D", "P1D"]}  # fmt: skip
    values.update(overrides)
    return r.Deadline(**values)


def make_note(**overrides: Any) -> r.Note:
    values: dict[str, Any] = {"title": "Call with lawyer", "body": "Discussed the appeal."}
    values.update(overrides)
    return r.Note(**values)


@dataclass
class Filled:
    root: Path
    recovery: age.X25519Identity
    attachment: bytes


def fill(records: RecordsService, attachment: bytes) -> None:
    person, case, contact = make_person(), make_case(), make_contact()
    for record in (person, case, contact):
        records.create(record)
    records.link(contact.id, person.id, "lawyer")
    records.link(person.id, case.id, "applicant")
    event = make_event(case_id=case.id, person_id=person.id)
    records.create(event)
    records.create(make_deadline(case_id=case.id, trigger_event_id=event.id))
    note = make_note(target_id=person.id)
    records.create(note)
    note.body = "edited body"
    records.update(note)
    gone = make_note(title="in the bin")
    records.create(gone)
    records.delete(gone.id)
    records.add_attachment(io.BytesIO(attachment), "scan.pdf", "application/pdf", person.id)
