"""The global search palette (Ctrl+K): type a few letters, results appear grouped by kind,
arrows move, Enter opens.

Rules carried here:
- type-ahead with a short debounce; each query runs off the GUI thread and a result that
  arrives after a newer query (or after the lock) is dropped;
- the query is a search term: it is never logged, stored or put in a title, and the lock
  closes the palette (it is a tracked window) and empties it;
- heading rows (People, Cases…) are skipped by the arrow keys and cannot be opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from safecase.gui.dialogs.vault_dialog import WINDOW_TITLE
from safecase.gui.editors.label_styles import LabelStyles
from safecase.gui.models.records_gateway import RecordsGateway
from safecase.gui.models.search_results_model import SearchResultsModel
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.search import SearchResult

SEARCH_SHORTCUT = Shortcuts.SEARCH
DEBOUNCE_MS = 150
MAX_RESULTS = 40
_MOVE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class SearchPalette(QDialog):
    record_chosen = Signal(str, str)
    """(kind, id) of the result the user opened."""

    def __init__(self, gateway: RecordsGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 460)
        self._gateway = gateway
        self._query_number = 0
        self._open_when_ready = False
        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr("Search people, cases, contacts, notes… in any spelling")
        )
        self.query.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(False)
        self.results.setSpacing(2)
        self.status = PlainLabel(self.tr("Type at least two letters."), self)
        LabelStyles.muted(self.status)
        self.status.setAccessibleName(self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_query)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.installEventFilter(self)
        self.results.activated.connect(self._on_results_activated)
        self.query.setFocus()

    @property
    def query_number(self) -> int:
        return self._query_number

    def _on_query_text_changed(self, _text: str) -> None:
        self.debounce.start()

    def run_query(self) -> None:
        self.debounce.stop()
        text = self.query.text().strip()
        self._query_number += 1
        number = self._query_number
        if len(text) < 2 or not self._gateway.is_open:
            self.model.set_results([])
            self.status.setText(self.tr("Type at least two letters."))
            return
        self.status.setText(self.tr("Searching…"))
        gateway = self._gateway
        gateway.run(
            lambda: gateway.search.search(text, limit=MAX_RESULTS),
            lambda results: self._on_results(number, results),
            lambda _exc: self._on_failed(number),
            context=self,
        )

    def _on_results(self, number: int, results: list[SearchResult]) -> None:
        if number != self._query_number:
            return
        self.model.set_results(results)
        count = self.model.result_count()
        self.status.setText(
            self.tr("Nothing found. Try another spelling or fewer letters.")
            if count == 0
            else self.tr("One result. Press Enter to open it.")
            if count == 1
            else self.tr("%d results. Use the arrow keys and Enter.") % count
        )
        first = self.model.first_result_row()
        if first is not None:
            self.results.setCurrentIndex(self.model.index(first, 0))
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_current()

    def _on_failed(self, number: int) -> None:
        if number == self._query_number:
            self.model.set_results([])
            self.status.setText(self.tr("The search did not work. Please try again."))

    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid():
            first = self.model.first_result_row()
            if first is None:
                return
            index = self.model.index(first, 0)
        self._on_results_activated(index)

    def _on_results_activated(self, index: QModelIndex) -> None:
        found = self.model.record_at(index.row())
        if found is None:
            return
        kind, record_id = found
        self.record_chosen.emit(kind.value, record_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in _MOVE_KEYS:
                self.results.setFocus()
                forwarded = QKeyEvent(event.type(), event.key(), event.modifiers())
                self.results.keyPressEvent(forwarded)
                self.query.setFocus()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self.debounce.isActive():
                    self._open_when_ready = True
                    self.run_query()
                    return True
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.hasFocus():
            self.open_current()
            return
        super().keyPressEvent(event)

    def clear_on_lock(self) -> None:
        self.debounce.stop()
        self._query_number += 1
        self.query.clear()
        self.model.clear_on_lock()

    def done(self, result: int) -> None:
        """Closing (by the user or the lock) forgets what was shown."""
        self.clear_on_lock()
        super().done(result)
