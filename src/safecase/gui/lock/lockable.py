"""The `Lockable` protocol: anything that holds record data and must forget it on lock.

Views, item models, editors and viewers implement `clear_on_lock()` and register with the
`LockController` (through `ViewContext.lock`). The lock calls it before the store closes, so
an implementation may still release statements but must not start new queries.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Lockable(Protocol):
    def clear_on_lock(self) -> None:
        """Drop every piece of record data held: rows, cached text, selections, previews."""
        ...
