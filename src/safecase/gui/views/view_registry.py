"""The sections of the main window, registered by key, each built by a factory after unlock.

How a view plugs in (records views come later):

    registry.replace_factory("people", lambda ctx: PeopleView(ctx))

or, for a new section, `registry.register(key, title, icon, factory)`. The main window calls
every factory on each unlock with a fresh `ViewContext`, adds the widget to its stack, and
registers it with the lock controller if it is `Lockable`. On lock the views are told to
clear, then deleted; nothing from a session survives into the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QWidget

from safecase.gui.views.view_context import ViewContext

ViewFactory = Callable[[ViewContext], QWidget]


@dataclass(frozen=True, slots=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    """Name of an SVG in resources/icons (without .svg)."""
    factory: ViewFactory


class ViewRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, ViewSpec] = {}

    def register(self, key: str, title: str, icon: str, factory: ViewFactory) -> None:
        if key in self._specs:
            raise ValueError(f"a view is already registered as {key!r}")
        self._specs[key] = ViewSpec(key, title, icon, factory)

    def replace_factory(self, key: str, factory: ViewFactory) -> None:
        self._specs[key] = replace(self._specs[key], factory=factory)

    def get(self, key: str) -> ViewSpec:
        return self._specs[key]

    def specs(self) -> tuple[ViewSpec, ...]:
        """In navigation order (the order of registration)."""
        return tuple(self._specs.values())

    def keys(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __len__(self) -> int:
        return len(self._specs)
