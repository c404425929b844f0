"""The dashboard: deadlines sorted into overdue / today / next 7 days / later by a fake clock,
overdue in red until resolved, flags needing attention, and a welcome for a new vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot
from records_harness import RecordsWindow, open_records_window

from factories import make_case, make_deadline, make_person
from safecase.domain.clock import FakeClock
from safecase.domain.records import Flag
from safecase.gui.background import BackgroundRunner
from safecase.gui.editors.label_styles import alarm_colour
from safecase.gui.icon_library import IconLibrary
from safecase.gui.models.dashboard_snapshot import Bucket, DashboardSnapshot, bucket_of
from safecase.gui.settings import Settings
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.people_view import PeopleView
from safecase.gui.widgets.secret_clipboard import SecretClipboard
from safecase.services.records import RecordsService
from safecase.services.vault import OpenVault

NOW = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def ui(  # noqa: PLR0917 - a fixture takes its dependencies as arguments
    qtbot: QtBot,
    open_vault: OpenVault,
    runner: BackgroundRunner,
    clipboard: SecretClipboard,
    settings: Settings,
    clock: FakeClock,
    icons: IconLibrary,
) -> Iterator[RecordsWindow]:
    assert clock.now() == NOW
    harness = open_records_window(qtbot, open_vault, runner, clipboard, settings, clock, icons)
    yield harness
    if not harness.lock.is_locked:
        harness.lock.lock()
    harness.settle()


def fill(records: RecordsService) -> dict[str, str]:
    case = make_case(title="Extradition", references=[])
    records.create(case)
    ids = {"case": case.id}
    for key, due, time in (
        ("overdue", "2024-01-30", None),
        ("earlier_today", "2024-02-01", "08:00"),  # expired an hour ago: overdue
        ("today", "2024-02-01", None),
        ("week", "2024-02-05", None),
        ("eighth_day", "2024-02-09", None),
        ("later", "2024-03-15", None),
    ):
        deadline = make_deadline(title=key, due=due, time=time, tz="UTC", case_id=case.id)
        records.create(deadline)
        ids[key] = deadline.id
    person = make_person(flags=[Flag("detained", "extradition request")])
    records.create(person)
    records.create(make_person(name="Calm Person", other_names=[], flags=[]))
    ids["flagged"] = person.id
    return ids


def test_buckets_follow_the_clock(records: RecordsService) -> None:
    fill(records)
    snapshot = DashboardSnapshot.load(records, NOW, UTC)
    titles = {bucket: [d.title for d in snapshot.bucket(bucket)] for bucket in Bucket}
    assert titles == {
        Bucket.OVERDUE: ["overdue", "earlier_today"],
        Bucket.TODAY: ["today"],
        Bucket.NEXT_7_DAYS: ["week"],
        Bucket.LATER: ["eighth_day", "later"],
    }
    assert [p.name for p in snapshot.flagged] == ["Ержан Жаксылыков"]
    assert snapshot.flagged[0].flags == ("detained — extradition request",)
    assert snapshot.bucket(Bucket.OVERDUE)[0].case_label == "Extradition"


def test_bucket_of_uses_the_users_calendar_day() -> None:
    evening = datetime(2024, 2, 1, 22, 30, tzinfo=UTC)
    expires = datetime(2024, 2, 1, 23, 0, tzinfo=UTC)
    assert bucket_of(expires, False, evening, UTC) is Bucket.TODAY
    # In Almaty (UTC+5) 23:00 UTC is already the next day.
    from zoneinfo import ZoneInfo

    assert bucket_of(expires, False, evening, ZoneInfo("Asia/Almaty")) is Bucket.TODAY
    assert (
        bucket_of(expires, False, datetime(2024, 2, 1, 12, tzinfo=UTC), ZoneInfo("Asia/Almaty"))
        is Bucket.NEXT_7_DAYS
    )


def test_dashboard_view_shows_buckets_and_flags(
    ui: RecordsWindow, records: RecordsService, clock: FakeClock
) -> None:
    ids = fill(records)
    dashboard = DashboardView(ui.session, tz=UTC)
    ui.qtbot.addWidget(dashboard)
    ui.settle()
    assert dashboard.snapshot is not None
    overdue = dashboard.lists[Bucket.OVERDUE]
    assert overdue.count() == 2
    assert "overdue" in overdue.item(0).text() and "Extradition" in overdue.item(0).text()
    assert overdue.item(0).toolTip().startswith("2024-01-30")
    red = alarm_colour()
    assert overdue.item(0).foreground().color() == red
    heading = dashboard.headings[Bucket.OVERDUE]
    assert heading.palette().color(QPalette.ColorRole.WindowText) == red
    assert heading.text() == "Overdue (2)"
    assert dashboard.lists[Bucket.TODAY].count() == 1
    assert dashboard.lists[Bucket.NEXT_7_DAYS].count() == 1
    assert dashboard.lists[Bucket.LATER].count() == 2
    assert dashboard.flags.count() == 1
    assert dashboard.flags.item(0).text().startswith("Ержан Жаксылыков — detained")
    assert not dashboard.welcome.isVisibleTo(dashboard)

    # Resolving the overdue ones takes the red away.
    for _ in range(2):
        overdue.setCurrentRow(0)
        assert dashboard.done_button.isEnabled()
        dashboard.done_button.click()
        ui.settle()
    assert dashboard.lists[Bucket.OVERDUE].count() == 0
    assert dashboard.empties[Bucket.OVERDUE].isVisibleTo(dashboard)
    assert heading.palette().color(QPalette.ColorRole.WindowText) != red
    assert ids["overdue"] not in {d.id for d, _ in records.open_deadlines()}

    # Time passes: "today" becomes overdue.
    clock.advance(datetime(2024, 2, 2, 9, tzinfo=UTC) - clock.now())
    dashboard.refresh()
    ui.settle()
    assert [dashboard.lists[Bucket.OVERDUE].item(i).text().split(" — ")[1] for i in range(1)] == [
        "today"
    ]


def test_each_deadline_opens_its_case(ui: RecordsWindow, records: RecordsService) -> None:
    ids = fill(records)
    dashboard = ui.page("dashboard", DashboardView)
    dashboard.refresh()
    ui.settle()
    overdue = dashboard.lists[Bucket.OVERDUE]
    overdue.itemActivated.emit(overdue.item(0))
    ui.settle()
    assert ui.window.current_key() == "cases"
    cases = ui.page("cases", CasesView)
    assert cases.current is not None and cases.current.id == ids["case"]


def test_a_flag_opens_the_person(ui: RecordsWindow, records: RecordsService) -> None:
    ids = fill(records)
    dashboard = ui.page("dashboard", DashboardView)
    dashboard.refresh()
    ui.settle()
    dashboard.flags.itemActivated.emit(dashboard.flags.item(0))
    ui.settle()
    assert ui.window.current_key() == "people"
    people = ui.page("people", PeopleView)
    assert people.current is not None and people.current.id == ids["flagged"]


def test_new_vault_gets_a_welcome_that_says_what_to_do(ui: RecordsWindow) -> None:
    dashboard = ui.page("dashboard", DashboardView)
    assert dashboard.welcome.isVisibleTo(dashboard)
    assert dashboard.add_person_button.accessibleName() == "Add the first person"
    dashboard.add_person_button.click()
    editor = ui.session.last_dialog
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "SafeCase"


def test_dashboard_is_emptied_on_lock(ui: RecordsWindow, records: RecordsService) -> None:
    fill(records)
    dashboard = ui.page("dashboard", DashboardView)
    dashboard.refresh()
    ui.settle()
    assert dashboard.flags.count() == 1
    ui.lock.lock()
    assert dashboard.flags.count() == 0
    assert all(items.count() == 0 for items in dashboard.lists.values())
    assert dashboard.snapshot is None
