"""The standard sections and their placeholder pages, until the records views replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safecase.gui.translatable import translatable
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
        translatable("Sections", "Dashboard"),
        translatable(
            "Sections", "Your vault is open. Upcoming deadlines and recent work will be shown here."
        ),
    ),
    (
        "people",
        "people",
        translatable("Sections", "People"),
        translatable("Sections", "The people you work with and for will be listed here."),
    ),
    (
        "cases",
        "case",
        translatable("Sections", "Cases"),
        translatable("Sections", "Your cases will be listed here."),
    ),
    (
        "contacts",
        "contact",
        translatable("Sections", "Contacts"),
        translatable("Sections", "Lawyers, offices and other contacts will be listed here."),
    ),
    (
        "deadlines",
        "deadline",
        translatable("Sections", "Deadlines"),
        translatable("Sections", "Deadlines and reminders will be listed here."),
    ),
    (
        "notes",
        "note",
        translatable("Sections", "Notes"),
        translatable("Sections", "Your notes will be listed here."),
    ),
    (
        "recycle_bin",
        "bin",
        translatable("Sections", "Recycle bin"),
        translatable("Sections", "Deleted records stay here until you empty the bin. It is empty."),
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
