"""Every record kind created, edited, linked, deleted, restored and purged, with history."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from factories import make_case, make_contact, make_deadline, make_event, make_note, make_person
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.domain.errors import RecordNotFound, ValidationError
from safecase.services.records import STATE_FIELD, RecordsService
from safecase.services.search import SearchService


def _all_kinds(records: RecordsService) -> list[r.Record]:
    person = make_person()
    case = make_case()
    records.create(person)
    records.create(case)
    event = make_event(case_id=case.id, person_id=person.id)
    records.create(event)
    made: list[r.Record] = [
        person,
        case,
        event,
        make_contact(),
        make_deadline(case_id=case.id, trigger_event_id=event.id),
        make_note(target_id=person.id),
    ]
    for record in made[3:]:
        records.create(record)
    return made


def test_create_and_get_round_trips_every_kind(records: RecordsService) -> None:
    for record in _all_kinds(records):
        assert records.get(record.id) == record


@pytest.mark.parametrize(
    ("index", "field", "value"),
    [
        (0, "name", "Ержан Жаксылыкулы"),
        (1, "status", r.CaseStatus.GRANTED),
        (2, "summary", "Served in person"),
        (3, "safety", "compromised — do not contact"),
        (4, "due", "2024-02-16"),
        (5, "body", "New body"),
    ],
)
def test_edit_records_field_history(
    records: RecordsService, clock: FakeClock, index: int, field: str, value: object
) -> None:
    record = _all_kinds(records)[index]
    old = r.__dict__  # noqa: F841 - keep the module imported for the type below
    before = getattr(record, field)
    setattr(record, field, value)
    if isinstance(record, r.Deadline) and field == "due":
        record.computed_due = "2024-02-15"
        record.override_reason = "court confirmed a later date by phone"
    clock.advance(timedelta(minutes=5))
    changed = records.update(record)
    assert field in changed
    assert records.get(record.id) == record
    entries = [h for h in records.history(record.id) if h.field == field]
    assert len(entries) == 1
    stored_before = before.value if isinstance(before, r.StrEnum) else before  # type: ignore[attr-defined]
    assert entries[0].old == str(stored_before)
    assert entries[0].at == "2024-02-01T09:05:00+00:00"


def test_saving_unchanged_record_writes_no_history(records: RecordsService) -> None:
    person = make_person()
    records.create(person)
    assert records.update(person) == []
    assert records.history(person.id) == []


def test_delete_restore_purge(records: RecordsService, open_vault: object) -> None:
    search = SearchService(records._conn)
    for record in _all_kinds(records):
        label = r.label_of(record)
        records.delete(record.id)
        assert any(b.id == record.id for b in records.recycle_bin())
        assert all(res.id != record.id for res in search.search(label))
        with pytest.raises(RecordNotFound):
            records.update(record)
        records.restore(record.id)
        assert records.get(record.id) == record
        states = [(h.old, h.new) for h in records.history(record.id) if h.field == STATE_FIELD]
        assert states == [("live", "deleted"), ("deleted", "live")]
    person = _all_kinds(records)[0]
    with pytest.raises(ValidationError):
        records.purge(person.id)  # not in the bin yet
    records.delete(person.id)
    records.purge(person.id)
    with pytest.raises(RecordNotFound):
        records.get(person.id)
    assert all(b.id != person.id for b in records.recycle_bin())


def test_purging_a_person_keeps_notes_about_them(records: RecordsService) -> None:
    person = make_person()
    records.create(person)
    note = make_note(target_id=person.id)
    records.create(note)
    records.delete(person.id)
    records.purge(person.id)
    kept = records.get(note.id)
    assert isinstance(kept, r.Note)
    assert kept.target_id is None


def test_links_with_roles(records: RecordsService) -> None:
    person, case, contact = make_person(), make_case(), make_contact()
    for record in (person, case, contact):
        records.create(record)
    records.link(contact.id, person.id, "lawyer")
    records.link(person.id, case.id, "applicant")
    records.link(contact.id, person.id, "lawyer (since 2024)")
    links = records.links_of(person.id)
    assert {(lk.from_id, lk.to_id, lk.role) for lk in links} == {
        (contact.id, person.id, "lawyer (since 2024)"),
        (person.id, case.id, "applicant"),
    }
    with pytest.raises(ValidationError):
        records.link(case.id, contact.id, "nonsense direction")
    records.delete(contact.id)
    assert len(records.links_of(person.id)) == 1
    records.restore(contact.id)
    records.unlink(contact.id, person.id)
    assert len(records.links_of(person.id)) == 1


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (make_person(name=" "), "name"),
        (make_person(birth_date="1979-13"), "birth_date"),
        (make_person(citizenship=["Kazakhstan"]), "citizenship[0]"),
        (make_contact(emails=["not-an-email"]), "emails[0]"),
        (make_case(opened="2024-02-30"), "opened"),
        (make_case(opened="2024-02-10", closed="2024-01-01"), "closed"),
        (make_event(time="25:00", tz="Europe/Warsaw"), "time"),
        (make_event(time="10:00"), "tz"),
        (make_deadline(tz="Mars/Olympus"), "tz"),
        (make_deadline(reminders=["7 days"]), "reminders[0]"),
        (make_deadline(computed_due="2024-02-14"), "override_reason"),
        (make_note(title=""), "title"),
    ],
)
def test_validation_names_the_field(records: RecordsService, record: r.Record, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        records.create(record)
    assert info.value.field == field
    with pytest.raises(RecordNotFound):
        records.get(record.id)


def test_dangling_reference_is_refused(records: RecordsService) -> None:
    with pytest.raises(ValidationError) as info:
        records.create(make_event(case_id=r.new_id()))
    assert info.value.field == "case_id"


def test_attachment_streams_in_and_out(records: RecordsService) -> None:
    person = make_person()
    records.create(person)
    data = bytes(range(256)) * 5000
    att = records.add_attachment(io.BytesIO(data), "scan.pdf", "application/pdf", person.id)
    assert att.size == len(data)
    assert b"".join(records.attachment_chunks(att.id)) == data
    assert records.get(att.id) == att
    assert [i.kind for i in records.timeline(person.id)].count(r.RecordKind.ATTACHMENT) == 1


def test_attachment_over_limit_is_refused_and_leaves_nothing(records: RecordsService) -> None:
    records.max_attachment_bytes = 1024 * 1024
    with pytest.raises(ValidationError) as info:
        records.add_attachment(io.BytesIO(b"x" * (1024 * 1024 + 1)), "big.bin", "")
    assert info.value.field == "content"
    assert records.count(r.RecordKind.ATTACHMENT) == 0
    assert records._conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_timeline_in_date_order(records: RecordsService) -> None:
    made = _all_kinds(records)
    case = made[1]
    items = records.timeline(case.id)
    assert [i.kind for i in items] == [r.RecordKind.EVENT, r.RecordKind.DEADLINE]
    assert [i.date for i in items] == sorted(i.date for i in items)


def test_open_deadlines_within_days_and_overdue(records: RecordsService, clock: FakeClock) -> None:
    soon = make_deadline(title="soon", due="2024-02-03")
    late = make_deadline(title="late", due="2024-01-20")
    far = make_deadline(title="far", due="2024-06-01")
    done = make_deadline(title="done", due="2024-02-02", status=r.DeadlineStatus.DONE)
    for d in (soon, late, far, done):
        records.create(d)
    within = records.open_deadlines(within_days=30)
    assert [(d.title, overdue) for d, overdue in within] == [("late", True), ("soon", False)]
    assert len(records.open_deadlines()) == 3


def test_list_page_sorts_filters_and_pages_in_sql(records: RecordsService) -> None:
    names = ["Борис", "Alima", "Ержан Жаксылыков", "Zarina", "Ақмарал"]
    for name in names:
        records.create(make_person(name=name, other_names=[]))
    page = records.list_page(r.RecordKind.PERSON, sort="label", limit=2)
    # Sorted by the folded Latin form: Alima, Aqmaral, Boris, Erzhan, Zarina.
    assert [row.label for row in page] == ["Alima", "Ақмарал"]
    rest = records.list_page(r.RecordKind.PERSON, sort="label", offset=2, limit=10)
    assert len(rest) == 3
    assert records.count(r.RecordKind.PERSON) == 5
    filtered = records.list_page(r.RecordKind.PERSON, name_filter="zhaks")
    assert [row.label for row in filtered] == ["Ержан Жаксылыков"]
    assert records.count(r.RecordKind.PERSON, "zhaks") == 1
    with pytest.raises(ValidationError):
        records.list_page(r.RecordKind.PERSON, sort="name; DROP TABLE people")
