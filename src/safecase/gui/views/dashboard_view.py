"""The dashboard: what is overdue (in red until resolved), due today, in the next 7 days and
later, across all cases; the people with flags that need attention; and, for a new vault,
what to do first. Read off the GUI thread; every item opens its case (or person)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safecase.domain.records import Deadline, DeadlineStatus, RecordKind
from safecase.gui.backup.backup_status_strip import BackupStatusStrip
from safecase.gui.editors.label_styles import LabelStyles, alarm_colour
from safecase.gui.error_text import describe_error
from safecase.gui.models.dashboard_snapshot import (
    Bucket,
    DashboardDeadline,
    DashboardSnapshot,
    FlaggedPerson,
    flagged_people,
)
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.search.search_palette import SEARCH_SHORTCUT
from safecase.gui.shortcuts import Shortcuts
from safecase.gui.translatable import translatable
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.widgets.plain_label import PlainLabel

TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
DEADLINE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
MAX_LIST_ROWS = 6
MAX_ITEMS_PER_BUCKET = 50

_TITLES = {
    Bucket.OVERDUE: (
        translatable("DashboardView", "Overdue"),
        translatable("DashboardView", "Nothing is overdue."),
    ),
    Bucket.TODAY: (
        translatable("DashboardView", "Due today"),
        translatable("DashboardView", "Nothing is due today."),
    ),
    Bucket.NEXT_7_DAYS: (
        translatable("DashboardView", "Next 7 days"),
        translatable("DashboardView", "Nothing is due in the next 7 days."),
    ),
    Bucket.LATER: (
        translatable("DashboardView", "Later"),
        translatable("DashboardView", "Nothing further ahead."),
    ),
}


class DashboardView(QWidget):
    snapshot_shown = Signal()
    """The deadlines are shown (used by the startup benchmark and tests)."""
    flags_shown = Signal()
    """The flagged people are shown (they are read second: reading them is slower)."""

    def __init__(
        self, session: RecordsSession, parent: QWidget | None = None, *, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._tz = tz
        self.snapshot: DashboardSnapshot | None = None
        self.flagged: list[FlaggedPerson] = []
        self._generation = 0
        self.lists: dict[Bucket, QListWidget] = {}
        self.empties: dict[Bucket, PlainLabel] = {}
        self.headings: dict[Bucket, PlainLabel] = {}
        self.sections: dict[Bucket, QFrame] = {}
        self.more: dict[Bucket, QPushButton] = {}
        self._selected_deadline: str | None = None
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(14)
        column.addLayout(self._build_top(host))
        scheduler = session.context.auto_backups
        self.backup_status = BackupStatusStrip(scheduler, host) if scheduler else None
        if self.backup_status is not None:
            column.addWidget(self.backup_status)
        self.loading = PlainLabel(self.tr("Loading…"), host)
        LabelStyles.muted(self.loading)
        column.addWidget(self.loading)
        self.welcome = self._build_welcome(host)
        column.addWidget(self.welcome)
        for bucket in Bucket:
            column.addWidget(self._build_section(bucket, host))
        column.addWidget(self._build_flags(host))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(host)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("errorMessage")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(scroll)
        self._host = host
        self._sections_visible(False)
        session.records_changed.connect(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------------

    def _build_top(self, host: QWidget) -> QHBoxLayout:
        self.today = PlainLabel(parent=host)
        self.today.setObjectName("heading")
        self.search_button = QPushButton(
            self.tr("Search everything (%s)") % Shortcuts.native(SEARCH_SHORTCUT), host
        )
        self.search_button.setAccessibleName(self.tr("Search everything"))
        self.search_button.clicked.connect(lambda: self.session.open_search(self))
        self.done_button = QPushButton(self.tr("Mark selected deadline as &done"), host)
        self.done_button.setAccessibleName(self.tr("Mark the selected deadline as done"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.today, 1)
        top.addWidget(self.done_button)
        top.addWidget(self.search_button)
        return top

    def _build_welcome(self, host: QWidget) -> QWidget:
        box = QWidget(host)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = PlainLabel(self.tr("Welcome to your vault"), box)
        heading.setObjectName("emptyStateHeading")
        body = PlainLabel(
            self.tr(
                "Start by adding the first person you work with, then their case. Deadlines "
                "you add to a case appear here, sorted by how soon they are due, and people "
                "with flags that need attention are listed below them. Everything stays "
                "encrypted on this computer."
            ),
            box,
        )
        body.setObjectName("emptyStateBody")
        self.add_person_button = QPushButton(self.tr("Add the first &person…"), box)
        self.add_person_button.setAccessibleName(self.tr("Add the first person"))
        self.add_person_button.clicked.connect(
            lambda: self.session.open_editor(RecordKind.PERSON, None, self)
        )
        self.add_case_button = QPushButton(self.tr("Add a &case…"), box)
        self.add_case_button.setAccessibleName(self.tr("Add a case"))
        self.add_case_button.clicked.connect(
            lambda: self.session.open_editor(RecordKind.CASE, None, self)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.add_case_button)
        buttons.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(buttons)
        box.hide()
        return box

    def _new_list(self, parent: QWidget, name: str) -> QListWidget:
        items = QListWidget(parent)
        items.setAccessibleName(name)
        items.itemActivated.connect(self._on_item_activated)
        items.currentItemChanged.connect(self._on_current_item_changed)
        return items

    def _build_section(self, bucket: Bucket, host: QWidget) -> QWidget:
        title, empty_text = _TITLES[bucket]
        box = QFrame(host)
        box.setObjectName(f"{bucket.value}Section")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = PlainLabel(self.tr(title), box)
        LabelStyles.section_heading(heading)
        items = self._new_list(box, self.tr(title))
        empty = PlainLabel(self.tr(empty_text), box)
        LabelStyles.muted(empty)
        more = QPushButton(box)
        more.setObjectName("linkButton")
        more.setFlat(True)
        more.setAccessibleName(self.tr("Show all deadlines"))
        more.clicked.connect(lambda: self.session.show_section("deadlines"))
        more.hide()
        layout.addWidget(heading)
        layout.addWidget(items)
        layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(empty)
        self.more[bucket] = more
        self.lists[bucket], self.empties[bucket], self.headings[bucket] = items, empty, heading
        self.sections[bucket] = box
        return box

    def _build_flags(self, host: QWidget) -> QWidget:
        box = QFrame(host)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = PlainLabel(self.tr("Flags needing attention"), box)
        LabelStyles.section_heading(heading)
        self.flags = self._new_list(box, self.tr("Flags needing attention"))
        self.flags_empty = PlainLabel(
            self.tr("No flags. Add a flag to a person (for example: detained) to see it here."),
            box,
        )
        LabelStyles.muted(self.flags_empty)
        layout.addWidget(heading)
        layout.addWidget(self.flags)
        layout.addWidget(self.flags_empty)
        self.flags_section = box
        return box

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        gateway = self.session.gateway
        if not gateway.is_open:
            return
        now = self.session.context.clock.now()
        tz = self._tz
        self._generation += 1
        generation = self._generation

        def on_snapshot(snapshot: DashboardSnapshot) -> None:
            if generation == self._generation:
                self.show_snapshot(snapshot)
                gateway.run(
                    lambda: flagged_people(gateway.records),
                    on_flags,
                    self._on_load_failed,
                    context=self,
                )

        def on_flags(people: list[FlaggedPerson]) -> None:
            if generation == self._generation:
                self.show_flags(people)

        # Deadlines first (a few indexed queries), then the flags (reads every person).
        gateway.run(
            lambda: DashboardSnapshot.load(gateway.records, now, tz, with_flags=False),
            on_snapshot,
            self._on_load_failed,
            context=self,
        )

    def _on_load_failed(self, exc: Exception) -> None:
        self.loading.hide()
        self.problem.setText(describe_error(exc))
        self.problem.show()

    def _sections_visible(self, visible: bool) -> None:
        for section in self.sections.values():
            section.setVisible(visible)
        self.flags_section.setVisible(visible)

    def show_snapshot(self, snapshot: DashboardSnapshot) -> None:
        self.snapshot = snapshot
        self.loading.hide()
        self.problem.hide()
        self.today.setText(
            self.tr("Today, %s") % DateDisplay.day(snapshot.now.astimezone(self._tz))
        )
        new_vault = snapshot.people == 0 and snapshot.cases == 0 and not snapshot.deadline_count
        self.welcome.setVisible(new_vault)
        self._sections_visible(not new_vault)
        red = alarm_colour()
        for bucket, items in self.lists.items():
            items.clear()
            entries = snapshot.bucket(bucket)
            for deadline in entries[:MAX_ITEMS_PER_BUCKET]:
                items.addItem(
                    self._deadline_item(deadline, red if bucket is Bucket.OVERDUE else None)
                )
            hidden = len(entries) - MAX_ITEMS_PER_BUCKET
            self.more[bucket].setText(self.tr("…and %d more: see Deadlines") % hidden)
            self.more[bucket].setVisible(hidden > 0)
            items.setVisible(bool(entries))
            items.setFixedHeight(self._list_height(items))
            self.empties[bucket].setVisible(not entries)
            count = f" ({len(entries)})" if entries else ""
            self.headings[bucket].setText(self.tr(_TITLES[bucket][0]) + count)
        overdue_heading = self.headings[Bucket.OVERDUE]
        palette = overdue_heading.palette()
        if snapshot.bucket(Bucket.OVERDUE):
            palette.setColor(QPalette.ColorRole.WindowText, red)
        else:
            palette = self.headings[Bucket.TODAY].palette()
        overdue_heading.setPalette(palette)
        self.done_button.setEnabled(False)
        self.snapshot_shown.emit()

    def show_flags(self, people: list[FlaggedPerson]) -> None:
        self.flagged = list(people)
        self.flags.clear()
        for person in people:
            self.flags.addItem(self._flag_item(person))
        self.flags.setVisible(bool(people))
        self.flags.setFixedHeight(self._list_height(self.flags))
        self.flags_empty.setVisible(not people)
        self.flags_shown.emit()

    @staticmethod
    def _list_height(items: QListWidget) -> int:
        rows = max(1, min(items.count(), MAX_LIST_ROWS))
        row = items.sizeHintForRow(0) if items.count() else items.fontMetrics().height() + 6
        return rows * row + 2 * items.frameWidth() + 4

    def _deadline_item(self, deadline: DashboardDeadline, red: QColor | None) -> QListWidgetItem:
        due = DateDisplay.civil(deadline.due)
        if deadline.time:
            due += " " + DateDisplay.time(deadline.time)
        about = deadline.case_label or deadline.person_label
        text = f"{due} — {deadline.title}" + (f" — {about}" if about else "")
        item = QListWidgetItem(text)
        item.setToolTip(f"{deadline.due} {deadline.time or ''} {deadline.tz}".strip())
        if deadline.case_id:
            item.setData(KIND_ROLE, RecordKind.CASE.value)
            item.setData(TARGET_ROLE, deadline.case_id)
        elif deadline.person_id:
            item.setData(KIND_ROLE, RecordKind.PERSON.value)
            item.setData(TARGET_ROLE, deadline.person_id)
        else:
            item.setData(KIND_ROLE, RecordKind.DEADLINE.value)
            item.setData(TARGET_ROLE, deadline.id)
        item.setData(DEADLINE_ROLE, deadline.id)
        if red is not None:
            item.setForeground(red)
        return item

    @staticmethod
    def _flag_item(person: FlaggedPerson) -> QListWidgetItem:
        item = QListWidgetItem(f"{person.name} — {'; '.join(person.flags)}")
        item.setData(KIND_ROLE, RecordKind.PERSON.value)
        item.setData(TARGET_ROLE, person.id)
        return item

    # -- actions -------------------------------------------------------------------------------

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        kind, target = item.data(KIND_ROLE), item.data(TARGET_ROLE)
        if kind and target:
            self.session.open_record(str(kind), str(target))

    def _on_current_item_changed(self, current: QListWidgetItem | None, _old: object) -> None:
        self.done_button.setEnabled(current is not None and bool(current.data(DEADLINE_ROLE)))
        selected = current.data(DEADLINE_ROLE) if current is not None else None
        self._selected_deadline = str(selected) if selected else None

    def _on_done_button_clicked(self) -> None:
        deadline_id = self._selected_deadline
        if not deadline_id:
            return
        gateway = self.session.gateway

        def mark_done() -> None:
            deadline = gateway.records.get_typed(deadline_id, Deadline)
            deadline.status = DeadlineStatus.DONE
            gateway.records.update(deadline)

        try:
            gateway.call(mark_done)
        except Exception as exc:  # shown in plain words, never as its text
            self.problem.setText(describe_error(exc))
            self.problem.show()
            return
        self.session.records_changed.emit()

    def clear_on_lock(self) -> None:
        self._generation += 1
        self.snapshot = None
        self.flagged = []
        self._selected_deadline = None
        for items in (*self.lists.values(), self.flags):
            items.clear()
        self.today.clear()
        self.problem.clear()
