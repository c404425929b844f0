"""Plugs the records views into the main window's sections.

    registry = default_view_registry()
    install_records_views(registry)

Each unlock builds the sections afresh with a new `ViewContext`; the first of them creates
the session's `RecordsSession` (services, navigation, search), which the others share and
which is dropped on lock. Only the dashboard is built at unlock; every other section is a
`LazySection` that builds its view the first time it is shown or a record in it is opened
(unlock → dashboard stays fast however many sections there are).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safecase.gui.reminders.reminder_list_view import ReminderListView
from safecase.gui.reminders.reminder_scheduler import system_zone_name
from safecase.gui.views.cases_view import CasesView
from safecase.gui.views.contacts_view import ContactsView
from safecase.gui.views.dashboard_view import DashboardView
from safecase.gui.views.deadlines_view import DeadlinesView
from safecase.gui.views.notes_view import NotesView
from safecase.gui.views.people_view import PeopleView
from safecase.gui.views.records_session import RecordsSession
from safecase.gui.views.recycle_bin_view import RecycleBinView
from safecase.gui.views.view_context import ViewContext
from safecase.gui.views.view_registry import ViewFactory, ViewRegistry
from safecase.services.reminders import ReminderService

PageClass = Callable[[RecordsSession], QWidget]

RECORDS_SECTIONS: dict[str, PageClass] = {
    "dashboard": DashboardView,
    "people": PeopleView,
    "cases": CasesView,
    "contacts": ContactsView,
    "deadlines": DeadlinesView,
    "notes": NotesView,
    "recycle_bin": RecycleBinView,
}


def reminders_page(session: RecordsSession) -> QWidget:
    """The in-app reminder list: acknowledge, snooze, mark done; opens the deadline."""
    context, gateway = session.context, session.gateway
    if not gateway.is_open:
        # Pages can be shown while a lock tears the stack down: never reopen the store then.
        return QWidget()
    service = gateway.call(
        lambda: ReminderService(
            context.vault.conn, gateway.records, context.clock, system_zone_name()
        )
    )
    view = ReminderListView(service, context.clock, call=gateway.call)
    view.deadline_activated.connect(
        lambda deadline_id: session.open_record("deadline", deadline_id)
    )
    view.changed.connect(session.records_changed)
    session.records_changed.connect(view.refresh)
    if context.reminders is not None:
        context.reminders.reminders_fired.connect(lambda _result: view.refresh())
    context.lock.register(view)
    return view


RECORDS_SECTIONS["reminders"] = reminders_page

EAGER_SECTIONS = frozenset({"dashboard"})


class LazySection(QWidget):
    """Stands in a section's place until it is first needed, then holds the real view."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> QWidget:
        """The real view, built now if it was not yet."""
        if self._view is None:
            self._view = self._build()
            self._view.setParent(self)
            self._layout.addWidget(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        _ = self.view
        super().showEvent(event)

    def show_record(self, record_id: str) -> None:
        show = getattr(self.view, "show_record", None)
        if callable(show):
            show(record_id)

    def clear_on_lock(self) -> None:
        if self._view is not None:
            clear = getattr(self._view, "clear_on_lock", None)
            if callable(clear):
                clear()


def view_of(page: QWidget) -> QWidget:
    """The real view behind a section page (building it if it is still lazy)."""
    return page.view if isinstance(page, LazySection) else page


class _SessionSlot:
    """The session of the context being built (one per unlock)."""

    def __init__(self) -> None:
        self.context: ViewContext | None = None
        self.session: RecordsSession | None = None

    def for_context(self, context: ViewContext) -> RecordsSession:
        if self.session is None or self.context is not context or not self.session.gateway.is_open:
            self.context = context
            self.session = RecordsSession(context)
        return self.session


def _factory(slot: _SessionSlot, key: str, page_class: PageClass) -> ViewFactory:
    def build(context: ViewContext) -> QWidget:
        session = slot.for_context(context)
        page = (
            page_class(session)
            if key in EAGER_SECTIONS
            else LazySection(lambda: page_class(session))
        )
        session.add_page(key, page)
        return page

    return build


def install_records_views(registry: ViewRegistry) -> None:
    """Replace the placeholder pages of every records section with the real views."""
    if "reminders" not in registry:
        registry.register(
            "reminders", QCoreApplication.translate("Sections", "Reminders"), "deadline",
            lambda _context: QWidget(),
        )  # fmt: skip
    slot = _SessionSlot()
    for key, page_class in RECORDS_SECTIONS.items():
        if key in registry:
            registry.replace_factory(key, _factory(slot, key, page_class))
