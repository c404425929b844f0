"""A section that lists one kind of record: a toolbar (New, Edit, Delete, History, filter,
Search), a lazily paged table sorted and filtered in SQL, and a plain-text detail pane.

Each kind's view (people_view.py …) says which kind, how the detail reads and which extra
sections it has. Rules carried here: nothing of a record in any title; Delete asks first with
Cancel as the default; the filter text is a search term and is forgotten on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.errors import RecordNotFound
from safecase.domain.records import Record, RecordKind
from safecase.gui.models.record_list_model import RecordListModel
from safecase.gui.search.search_palette import SEARCH_SHORTCUT
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.translatable import translatable
from safecase.gui.views.record_detail_pane import DetailField, RecordDetailPane
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.widgets.plain_label import PlainLabel

FILTER_DEBOUNCE_MS = 200
MAX_COLUMN_PX = 280


class RecordListView(QWidget):
    KIND: RecordKind = RecordKind.PERSON
    NEW_TEXT = translatable("RecordListView", "&New")
    EMPTY_TEXT = ""
    PLACEHOLDER = ""

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.gateway = session.gateway
        self.current: Record | None = None
        self._pending_select: str | None = None
        self._columns_fitted = False
        self.model = RecordListModel(self.gateway, self.KIND, self)
        session.context.lock.register(self.model)

        toolbar = self._build_toolbar()
        self._build_list()
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter.returnPressed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(lambda _index: self._on_edit_button_clicked())
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        session.records_changed.connect(self.refresh)
        session.problem.connect(self._show_problem)
        self._shortcut(Shortcuts.NEW_RECORD, self._on_new_button_clicked)
        self._shortcut(Shortcuts.FIND, self._focus_filter)
        self._update_buttons()
        self.model.reload()

    # -- building --------------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        session = self.session
        self.new_button = self._button(self.tr(self.NEW_TEXT), self._on_new_button_clicked)
        self.edit_button = self._button(self.tr("&Edit"), self._on_edit_button_clicked)
        self.delete_button = self._button(self.tr("&Delete…"), self._on_delete_button_clicked)
        self.history_button = self._button(self.tr("&History"), self._on_history_button_clicked)
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter this list by name"))
        self.filter.setPlaceholderText(
            self.tr("Filter by name (%s)") % Shortcuts.native(Shortcuts.FIND)
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(260)
        self.filter.setMaximumWidth(360)
        self.search_button = self._button(
            self.tr("Search everything (%s)") % Shortcuts.native(SEARCH_SHORTCUT),
            lambda: session.open_search(self),
        )
        self.search_button.setAccessibleName(self.tr("Search everything"))
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.filter)
        toolbar.addWidget(self.search_button)

        return toolbar

    def _build_list(self) -> None:
        session = self.session
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move in it
        self.table.setAccessibleName(self.tr("List"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings: choose one to sort"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(120)
        header.resizeSection(0, 220)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.empty = PlainLabel(self.tr(self.EMPTY_TEXT), self)
        self.empty.setObjectName("emptyStateBody")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.detail = RecordDetailPane(session.context.clipboard, self.tr(self.PLACEHOLDER), self)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: str, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    # -- what each kind says ---------------------------------------------------------------------

    def describe(self, record: Record) -> tuple[str, str, list[DetailField]]:
        """Heading, subheading and fields of the detail pane."""
        raise NotImplementedError

    def show_sections(self, record: Record | None) -> None:
        """Fill (or empty, with None) the view's extra sections."""

    # -- behaviour -------------------------------------------------------------------------------

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_name_filter(self.filter.text())

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.name_filter
        loading = self.model.is_loading or self.model.canFetchMore(QModelIndex())
        self.list_stack.setCurrentWidget(self.empty if empty and not loading else self.table)

    def _on_model_rows_inserted(self) -> None:
        if not self._columns_fitted and self.model.rowCount():
            self._columns_fitted = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column) + 16, MAX_COLUMN_PX))
        self._update_empty_state()
        if self._pending_select is not None:
            row = self.model.row_of(self._pending_select)
            if row is not None:
                self._pending_select = None
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        if self.model.rowCount() == 0:
            self.list_stack.setCurrentWidget(self.empty)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            record_id = self.model.record_id(indexes[0].row())
            if record_id is not None and (self.current is None or self.current.id != record_id):
                self.show_detail(record_id)

    def show_detail(self, record_id: str | None) -> None:
        record: Record | None = None
        if record_id is not None and self.gateway.is_open:
            try:
                record = self.session.load(record_id)
            except RecordNotFound:
                record = None
            else:
                if self.session.gateway.call(
                    lambda: self.gateway.records.meta(record_id).deleted_at
                ):
                    record = None
        self.current = record
        if record is None:
            self.detail.clear()
            self.show_sections(None)
        else:
            heading, subheading, fields = self.describe(record)
            self.detail.show_record(heading, subheading, fields)
            self.show_sections(record)
        self._update_buttons()

    def show_record(self, record_id: str) -> None:
        """Open a record here (from search, the dashboard or a link)."""
        row = self.model.row_of(record_id)
        self.show_detail(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self._pending_select = record_id
        self.table.setFocus()

    def refresh(self) -> None:
        current = self.current.id if self.current is not None else None
        self._pending_select = current
        self.model.reload()
        self.show_detail(current)

    def _update_buttons(self) -> None:
        chosen = self.current is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(chosen)

    def _show_problem(self, text: str) -> None:
        if self.isVisible():
            self.problem.setText(text)
            self.problem.show()

    def _on_new_button_clicked(self) -> None:
        self.session.open_editor(self.KIND, None, self)

    def _on_edit_button_clicked(self) -> None:
        if self.current is not None:
            self.session.open_editor(self.KIND, self.current, self)

    def _on_delete_button_clicked(self) -> None:
        if self.current is not None:
            self.session.confirm_delete(self.current, self)

    def _on_history_button_clicked(self) -> None:
        if self.current is not None:
            self.session.open_history(self.current.id, self)

    def clear_on_lock(self) -> None:
        self._filter_timer.stop()
        self._pending_select = None
        self.current = None
        self.model.clear_on_lock()
        self.filter.clear()
        self.detail.clear()
        self.show_sections(None)
        self.problem.clear()
