"""The records item models: qtmodeltester in every state, SQL paging, sorting, filtering."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from factories import make_case, make_deadline, make_note, make_person
from safecase.domain.records import RecordKind, Risk
from safecase.gui.models.record_list_model import PAGE_SIZE, RECORD_ID_ROLE, RecordListModel
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.recycle_bin_model import RecycleBinModel
from safecase.gui.models.search_results_model import SearchResultsModel
from safecase.gui.models.timeline_model import TimelineModel
from safecase.services.records import RecordsService
from safecase.services.search import SearchService
from safecase.services.vault import OpenVault


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts and palettes (used by some roles) need the application object."""
    return qapp


@pytest.fixture
def gateway(records: RecordsService, open_vault: OpenVault) -> RecordsGateway:
    return RecordsGateway(records, SearchService(open_vault.conn))


def bulk_people(open_vault: OpenVault, records: RecordsService, count: int) -> None:
    """Many people in one transaction (one fsync instead of thousands)."""
    open_vault.conn.execute("BEGIN IMMEDIATE")
    risks = [Risk.LOW, Risk.MEDIUM, Risk.HIGH, Risk.CRITICAL, None]
    for i in range(count):
        records.create(
            make_person(name=f"Person {i:05d}", other_names=[], risk=risks[i % 5], flags=[])
        )
    open_vault.conn.execute("COMMIT")


def labels(model: RecordListModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_people_model_passes_modeltester_in_every_state(
    qtmodeltester: Any, gateway: RecordsGateway, records: RecordsService, open_vault: OpenVault
) -> None:
    model = RecordListModel(gateway, RecordKind.PERSON)
    qtmodeltester.check(model)  # empty, before any fetch
    bulk_people(open_vault, records, PAGE_SIZE + 29)
    records.create(make_person())  # Ержан Жаксылыков
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)  # with data (the tester fetches more itself)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 30
    qtmodeltester.check(model)  # after fetchMore
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)  # after sort
    model.set_name_filter("Жаксылыков")
    qtmodeltester.check(model)  # after filter
    assert model.rowCount() == 1
    model.clear_on_lock()
    qtmodeltester.check(model)  # after lock
    assert model.rowCount() == 0
    assert model.name_filter == ""
    assert not model.canFetchMore(QModelIndex())


def test_lazy_paging_at_5000_rows_loads_only_the_first_page(
    qtbot: Any, gateway: RecordsGateway, records: RecordsService, open_vault: OpenVault
) -> None:
    from PySide6.QtWidgets import QTableView

    bulk_people(open_vault, records, 5_000)
    model = RecordListModel(gateway, RecordKind.PERSON)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    assert model.rowCount() == PAGE_SIZE
    assert model.pages_requested == 1
    assert model.canFetchMore(QModelIndex())
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)


def test_sorting_and_filtering_happen_in_sql(
    gateway: RecordsGateway, records: RecordsService, open_vault: OpenVault
) -> None:
    bulk_people(open_vault, records, 20)
    records.create(make_person(name="Ержан Жаксылыков"))
    model = RecordListModel(gateway, RecordKind.PERSON)
    model.reload()
    # Names sort by their folded Latin form: "Ержан" files under E, before "Person".
    assert labels(model)[:2] == ["Ержан Жаксылыков", "Person 00000"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert labels(model)[0] == "Person 00019"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # risk: critical first
    assert model.index(0, 1).data() == "Critical"
    model.sort(2, Qt.SortOrder.AscendingOrder)  # country: not sortable, order unchanged
    assert model.sort_column == 1
    model.set_name_filter("yerzhan")
    assert labels(model) == ["Ержан Жаксылыков"]
    assert model.index(0, 0).data(RECORD_ID_ROLE)


def test_dates_show_in_the_locale_with_iso_in_the_tooltip(
    gateway: RecordsGateway, records: RecordsService
) -> None:
    records.create(make_case(opened="2024-01-10"))
    model = RecordListModel(gateway, RecordKind.CASE)
    model.reload()
    opened = model.index(0, 4)
    assert opened.data(Qt.ItemDataRole.ToolTipRole) == "2024-01-10"
    assert "2024" in opened.data()


def test_notes_show_what_they_are_about(
    qtmodeltester: Any, gateway: RecordsGateway, records: RecordsService
) -> None:
    person = make_person()
    records.create(person)
    records.create(make_note(target_id=person.id))
    model = RecordListModel(gateway, RecordKind.NOTE)
    model.reload()
    assert model.index(0, 1).data() == person.name
    qtmodeltester.check(model)


def test_timeline_model(
    qtmodeltester: Any, gateway: RecordsGateway, records: RecordsService
) -> None:
    person, case = make_person(), make_case()
    records.create(person)
    records.create(case)
    records.create(make_deadline(case_id=case.id, due="2024-03-01"))
    records.create(make_note(target_id=case.id))
    model = TimelineModel(gateway)
    qtmodeltester.check(model)
    model.load(case.id)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    dates = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert dates == sorted(dates)
    model.clear_on_lock()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_recycle_bin_model(
    qtmodeltester: Any, gateway: RecordsGateway, records: RecordsService
) -> None:
    person = make_person()
    records.create(person)
    records.delete(person.id)
    model = RecycleBinModel(gateway)
    qtmodeltester.check(model)
    model.reload()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == person.name
    qtmodeltester.check(model)
    model.clear_on_lock()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_search_results_model_groups_by_kind(
    qtmodeltester: Any, gateway: RecordsGateway, records: RecordsService
) -> None:
    person = make_person()
    records.create(person)
    records.create(make_case(title="Жаксылыков v. Poland"))
    results = gateway.call(lambda: gateway.search.search("Жаксылыков"))
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_results(results)
    qtmodeltester.check(model)
    assert model.groups() == [RecordKind.PERSON, RecordKind.CASE]
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.record_at(1) == (RecordKind.PERSON, person.id)
    model.clear_on_lock()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_closed_gateway_loads_nothing(gateway: RecordsGateway, records: RecordsService) -> None:
    records.create(make_person())
    model = RecordListModel(gateway, RecordKind.PERSON)
    gateway.close()
    model.reload()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
