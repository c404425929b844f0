"""The in-app reminder list: deadlines that are overdue, were reminded and not acknowledged,
or are snoozed; with acknowledge, snooze and mark done.

Rules carried here:
- overdue deadlines are shown first-class (red, "OVERDUE") until done, and `overdue_changed`
  tells the dashboard to stay red;
- marking done asks first, with Cancel as the default (a done deadline stops reminding);
- titles are shown as plain text; everything is forgotten in `clear_on_lock()`;
- the opt-in for deadline titles in notifications is stored inside the vault.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.clock import Clock
from safecase.domain.errors import SafeCaseError
from safecase.gui.error_text import describe_error
from safecase.gui.reminders.reminder_scheduler import StoreCall, call_directly
from safecase.gui.widgets.plain_label import PlainLabel
from safecase.services.reminders import AttentionItem, ReminderService

OVERDUE_COLOUR = QColor("#c0392b")  # the error colour of resources/styles/app.qss
ID_ROLE = Qt.ItemDataRole.UserRole
MORNING = time(9, 0)


class ReminderListView(QWidget):
    deadline_activated = Signal(str)
    """Double-click: open this deadline."""
    overdue_changed = Signal(int)
    """How many open deadlines are overdue (the dashboard is red while above 0)."""
    changed = Signal()

    def __init__(
        self,
        service: ReminderService,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        call: StoreCall = call_directly,
    ) -> None:
        super().__init__(parent)
        self._call = call
        self.setObjectName("reminderList")
        self._service: ReminderService | None = service
        self._clock = clock
        self._items: list[AttentionItem] = []
        self.confirm_box: QMessageBox | None = None
        self.heading = PlainLabel(self.tr("Deadlines that need attention"), self)
        self.heading.setObjectName("heading")
        self.empty = PlainLabel(self.tr("Nothing needs attention now."), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Deadline"), self.tr("State"), self.tr("Confidence")]
        )
        self.table.setAccessibleName(self.tr("Deadlines that need attention"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: list[QAction] = []
        for label, delta in (
            (self.tr("For 1 hour"), timedelta(hours=1)),
            (self.tr("For 3 hours"), timedelta(hours=3)),
            (self.tr("Until tomorrow morning"), None),
        ):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, d=delta: self.snooze_selected(d))
            self.snooze_actions.append(action)
        self.snooze_button.setMenu(menu)
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.detail = QCheckBox(
            self.tr("Show deadline titles in notifications (others may see your screen)"), self
        )
        self._name_controls()
        buttons = QHBoxLayout()
        for button in (self.acknowledge_button, self.snooze_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = PlainLabel(parent=self)
        self.message.setObjectName("errorMessage")
        self.message.hide()
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.empty, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.detail.setChecked(call(lambda: service.notification_detail))
        self.detail.toggled.connect(self._on_detail_toggled)
        self.refresh()

    # -- data ----------------------------------------------------------------------------------

    def items(self) -> list[AttentionItem]:
        return list(self._items)

    def _name_controls(self) -> None:
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.done_button.setAccessibleName(self.tr("Mark done"))
        self.detail.setAccessibleName(self.tr("Show deadline titles in notifications"))

    def refresh(self) -> None:
        service = self._service
        if service is None:
            return
        now = self._clock.now()
        try:
            self._items = self._call(lambda: service.attention(now))
        except SafeCaseError as exc:
            self._show_error(exc)
            return
        self.table.setRowCount(len(self._items))
        bold = QFont()
        bold.setBold(True)
        for row, item in enumerate(self._items):
            cells = [
                f"{item.due.isoformat()} ({item.tz})",
                item.title,
                self._state(item),
                item.confidence or "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.deadline_id)
                if item.overdue:
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not self._items)
        self.table.setVisible(bool(self._items))
        self._update_buttons()
        self.overdue_changed.emit(sum(1 for item in self._items if item.overdue))

    def _state(self, item: AttentionItem) -> str:
        if item.overdue:
            return self.tr("OVERDUE")
        if item.snoozed_until is not None:
            local = item.snoozed_until.astimezone(ZoneInfo(self._zone()))
            return self.tr("Snoozed until %s") % f"{local:%Y-%m-%d %H:%M}"
        if item.confidence == "unverified":
            return self.tr("Reminded (unverified date)")
        return self.tr("Reminded")

    def _zone(self) -> str:
        return self._service.zone if self._service is not None else "UTC"

    def selected(self) -> AttentionItem | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._items[row] if 0 <= row < len(self._items) else None

    def select_deadline(self, deadline_id: str) -> bool:
        for row, item in enumerate(self._items):
            if item.deadline_id == deadline_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and self._service is not None
        for button in (self.acknowledge_button, self.snooze_button, self.done_button):
            button.setEnabled(chosen)

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))
        self.message.show()

    # -- actions -------------------------------------------------------------------------------

    def acknowledge_selected(self) -> None:
        item, service = self.selected(), self._service
        if item is None or service is None:
            return
        try:
            now = self._clock.now()
            self._call(lambda: service.acknowledge(item.deadline_id, now))
        except SafeCaseError as exc:
            self._show_error(exc)
            return
        self._after_change()

    def snooze_selected(self, delta: timedelta | None) -> None:
        """Snooze for `delta`, or with None until 09:00 tomorrow in the caseworker's zone."""
        item, service = self.selected(), self._service
        if item is None or service is None:
            return
        now = self._clock.now()
        if delta is None:
            zone = ZoneInfo(service.zone)
            tomorrow = now.astimezone(zone).date() + timedelta(days=1)
            until = datetime.combine(tomorrow, MORNING, tzinfo=zone)
        else:
            until = now + delta
        try:
            self._call(lambda: service.snooze(item.deadline_id, until, now))
        except SafeCaseError as exc:
            self._show_error(exc)
            return
        self._after_change()

    def _on_done_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle("SafeCase")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Mark this deadline as done? Its reminders will stop."))
        box.setInformativeText(item.title)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        deadline_id = item.deadline_id
        box.finished.connect(lambda result: self._on_confirm_box_finished(result, deadline_id))
        self.confirm_box = box
        box.open()

    def _on_confirm_box_finished(self, result: int, deadline_id: str) -> None:
        self.confirm_box = None
        service = self._service
        if result != QMessageBox.StandardButton.Yes.value or service is None:
            return
        try:
            self._call(lambda: service.mark_done(deadline_id))
        except SafeCaseError as exc:
            self._show_error(exc)
            return
        self._after_change()

    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._items):
            self.deadline_activated.emit(self._items[row].deadline_id)

    def _on_detail_toggled(self, on: bool) -> None:
        service = self._service
        if service is not None:
            self._call(lambda: service.set_notification_detail(on))

    def _after_change(self) -> None:
        self.message.hide()
        self.refresh()
        self.changed.emit()

    # -- lock ----------------------------------------------------------------------------------

    def clear_on_lock(self) -> None:
        """Forget every row and the service."""
        if self.confirm_box is not None:
            self.confirm_box.reject()
            self.confirm_box = None
        self._service = None
        self._items = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self._update_buttons()
