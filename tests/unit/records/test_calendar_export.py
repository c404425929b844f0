"""ICS export re-parses, round-trips dates, keeps UIDs stable and reveals nothing when redacted."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from factories import make_case, make_deadline
from safecase.domain import records as r
from safecase.services.calendar_export import CalendarExporter, Privacy
from safecase.services.records import RecordsService


@pytest.fixture
def exporter(records: RecordsService) -> tuple[CalendarExporter, dict[str, r.Deadline]]:
    case = make_case(title="Жаксылыков v. Poland")
    records.create(case)
    made = {
        "day": make_deadline(title="Appeal Жаксылыков", due="2024-03-14", case_id=case.id),
        "timed": make_deadline(
            title="Rule 39 cut-off",
            due="2024-03-01",
            time="16:00",
            tz="Europe/Paris",
            reminders=["P1D"],
        ),
        "gone": make_deadline(
            title="Withdrawn one", due="2024-04-01", status=r.DeadlineStatus.WITHDRAWN
        ),
        "done": make_deadline(title="Done one", due="2024-01-01", status=r.DeadlineStatus.DONE),
    }
    for d in made.values():
        records.create(d)
    return CalendarExporter(records._conn, records, "Europe/Warsaw"), made


def _events(cal: Calendar) -> dict[str, object]:
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_round_trip_and_structure(exporter: tuple[CalendarExporter, dict[str, r.Deadline]]) -> None:
    exp, _ = exporter
    ical = exp.calendar(Privacy.FULL).to_ical()
    cal = Calendar.from_ical(ical)
    events = cal.walk("VEVENT")
    assert len(events) == 3  # done deadlines are not exported
    by_summary = {str(e["summary"]).split(" — ")[0]: e for e in events}
    day = by_summary["Appeal Жаксылыков"]
    assert day.decoded("dtstart") == date(2024, 3, 14)
    assert b"DTSTART;VALUE=DATE:20240314" in ical
    timed = by_summary["Rule 39 cut-off"]
    start = timed.decoded("dtstart")
    assert isinstance(start, datetime)
    assert (start.hour, str(start.tzinfo)) == (16, "Europe/Paris")
    assert b"BEGIN:VTIMEZONE" in ical and b"TZID:Europe/Paris" in ical
    assert str(by_summary["Withdrawn one"]["status"]) == "CANCELLED"
    assert b"TRIGGER;VALUE=DATE-TIME:" in ical
    assert all(a.decoded("trigger").tzinfo is not None for a in cal.walk("VALARM"))


def test_uids_stable_reveal_nothing_and_sequence_rises(
    exporter: tuple[CalendarExporter, dict[str, r.Deadline]], records: RecordsService
) -> None:
    exp, made = exporter
    first = _events(exp.calendar())
    second = _events(exp.calendar())
    assert first.keys() == second.keys()
    for uid in first:
        assert all(d.id not in uid and d.id[:8] not in uid for d in made.values())
    deadline = made["day"]
    before = {u: int(e["sequence"]) for u, e in first.items()}
    deadline.due = "2024-03-15"
    deadline.title = "Appeal (moved)"
    records.update(deadline)
    after = {u: int(e["sequence"]) for u, e in _events(exp.calendar()).items()}
    changed = [u for u in after if after[u] != before[u]]
    assert len(changed) == 1
    assert after[changed[0]] > before[changed[0]]


@pytest.mark.parametrize("privacy", [Privacy.REDACTED, Privacy.BUSY])
def test_redacted_and_busy_hold_no_names(
    exporter: tuple[CalendarExporter, dict[str, r.Deadline]], privacy: Privacy
) -> None:
    exp, _ = exporter
    text = exp.calendar(privacy).to_ical().decode()
    for secret in ("Жаксылыков", "Appeal", "Rule 39", "Poland", "Withdrawn"):
        assert secret not in text
    if privacy is Privacy.BUSY:
        assert "DESCRIPTION" not in text and "VALARM" not in text


def test_write_is_private(
    exporter: tuple[CalendarExporter, dict[str, r.Deadline]], tmp_path: Path
) -> None:
    exp, _ = exporter
    out_dir = tmp_path / "calendar"
    out_dir.mkdir()
    out = out_dir / "deadlines.ics"
    assert exp.write(out) == 3
    assert (out.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in out_dir.iterdir()] == ["deadlines.ics"]
