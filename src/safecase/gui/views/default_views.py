"""The standard sections and their placeholder pages, until the records views replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safecase.gui.views.empty_state_view import EmptyStateView
from safecase.gui.views.view_context import ViewContext
from safecase.gui.views.view_registry import ViewFactory, ViewRegistry


def _t(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


# key, icon, title, placeholder text
SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "dashboard",
        "dashboard",
        "Dashboard",
        "Your vault is open. Upcoming deadlines and recent work will be shown here.",
    ),
    ("people", "people", "People", "The people you work with and for will be listed here."),
    ("cases", "case", "Cases", "Your cases will be listed here."),
    ("contacts", "contact", "Contacts", "Lawyers, offices and other contacts will be listed here."),
    ("deadlines", "deadline", "Deadlines", "Deadlines and reminders will be listed here."),
    ("notes", "note", "Notes", "Your notes will be listed here."),
    (
        "recycle_bin",
        "bin",
        "Recycle bin",
        "Deleted records stay here until you empty the bin. It is empty.",
    ),
)


def _placeholder(icon: str, title: str, body: str) -> ViewFactory:
    def build(context: ViewContext) -> EmptyStateView:
        return EmptyStateView(context.icons, icon, _t(title), _t(body))

    return build


def default_view_registry() -> ViewRegistry:
    registry = ViewRegistry()
    for key, icon, title, body in SECTIONS:
        registry.register(key, _t(title), icon, _placeholder(icon, title, body))
    return registry
