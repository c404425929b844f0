"""Typed errors of the deadline engine and rule-pack loader.

Messages name rules, fields and files, never case data: they can reach a log.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from safecase.domain.errors import InvalidInput, SafeCaseError


class RulePackError(InvalidInput):
    """A rule pack failed validation; nothing from it was loaded.

    `file` is the pack's path as given, `line` the 1-based line of the offending table or key
    (0 when the problem is the file as a whole), `field` a dotted path such as
    `rule[3].variant[0].offset`.
    """

    def __init__(self, file: str, line: int, field: str, reason: str) -> None:
        # Only the file's name goes into the message: full paths can reveal a user's name.
        super().__init__(f"{PurePath(file).name}:{line}: {field}: {reason}")
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason


class DeadlineComputationError(SafeCaseError):
    """A deadline cannot be computed from what was given (the front end should ask again).

    `field` names the missing or wrong input (`trigger`, `variant`, `key_dates.registration`, ...).
    """

    def __init__(self, rule_id: str, field: str, reason: str) -> None:
        super().__init__(f"{rule_id}: {field}: {reason}")
        self.rule_id = rule_id
        self.field = field
        self.reason = reason


class ClockSuspended(DeadlineComputationError):
    """The rule's clock is paused (a suspension without a resume date): no due date exists yet."""

    def __init__(self, rule_id: str, since: date) -> None:
        super().__init__(rule_id, "suspensions", f"clock suspended since {since}; no due date yet")
        self.since = since
