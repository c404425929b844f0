"""Typed, strict reading of one untrusted TOML table, for the rule-pack parser.

Every read names its field; unknown keys, missing keys and wrong types raise RulePackError with
the file, the line (found by Locator) and the dotted field path. Nothing is coerced: a string
"2026-01-01" is not a date and `1` is not `true`, so a typo cannot silently change a deadline.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from enum import StrEnum
from functools import lru_cache
from typing import NoReturn, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from safecase.domain.deadlines.errors import RulePackError
from safecase.domain.deadlines.toml_locator import Locator

FieldPath = tuple[str | int, ...]
E = TypeVar("E", bound=StrEnum)
MAX_TEXT = 4000


def dotted(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def valid_zone(name: str) -> bool:
    """A canonical IANA key that loads here (not any file under the tz directory)."""
    if name not in _known_zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


class Reader:
    """Where errors go: the pack's file name and a locator over its raw text."""

    def __init__(self, file: str, locator: Locator) -> None:
        self.file = file
        self.locator = locator

    def fail(self, path: FieldPath, reason: str, *, at: FieldPath | None = None) -> NoReturn:
        """Raise for `path`; the line is that of `at` when given (a missing key has no line
        of its own, so its table's line is reported)."""
        line = self.locator.line_of(path if at is None else at)
        raise RulePackError(self.file, line, dotted(path), reason)


class Table:
    def __init__(
        self, reader: Reader, data: object, path: FieldPath, allowed: frozenset[str]
    ) -> None:
        if not isinstance(data, dict):
            reader.fail(path, "expected a table")
        self.reader = reader
        self.path = path
        self.data: Mapping[str, object] = data
        for key in data:
            if key not in allowed:
                reader.fail((*path, key), f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def fail(self, key: str | int, reason: str) -> NoReturn:
        self.reader.fail((*self.path, key), reason)

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str) -> object:
        if key not in self.data:
            self.reader.fail((*self.path, key), "missing", at=self.path)
        return self.data[key]

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            self.fail(key, f"expected a string, got {type(value).__name__}")
        if not value.strip():
            self.fail(key, "must not be empty")
        if len(value) > MAX_TEXT:
            self.fail(key, f"longer than {MAX_TEXT} characters")
        return value

    def opt_text(self, key: str, default: str = "") -> str:
        return self.text(key) if self.has(key) else default

    def flag(self, key: str, default: bool) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {type(value).__name__}")
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected an integer, got {type(value).__name__}")
        if not low <= value <= high:
            self.fail(key, f"must be between {low} and {high}")
        return value

    def day(self, key: str) -> date:
        value = self.raw(key)
        if isinstance(value, datetime) or not isinstance(value, date):
            self.fail(key, "expected a TOML date such as 2026-11-25 (no quotes, no time)")
        return value

    def opt_day(self, key: str) -> date | None:
        return self.day(key) if self.has(key) else None

    def clock_time(self, key: str, default: time) -> time:
        if not self.has(key):
            return default
        value = self.data[key]
        if isinstance(value, time):
            return value.replace(tzinfo=None)
        if isinstance(value, str):
            try:
                return time.fromisoformat(value)
            except ValueError:
                pass
        self.fail(key, 'expected a time of day such as "16:00"')

    def choice(self, key: str, kind: type[E]) -> E:
        value = self.raw(key)
        allowed = ", ".join(member.value for member in kind)
        if not isinstance(value, str):
            self.fail(key, f"expected one of: {allowed}")
        try:
            return kind(value)
        except ValueError:
            self.fail(key, f"{value!r} is not one of: {allowed}")

    def zone(self, key: str) -> str:
        value = self.text(key)
        if not valid_zone(value):
            self.fail(key, f"{value!r} is not a known IANA time zone")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        if not self.has(key) and not required:
            return ()
        value = self.raw(key)
        if not isinstance(value, list) or (required and not value):
            self.fail(key, "expected a non-empty list of strings")
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.reader.fail((*self.path, key, index), "expected a non-empty string")
        if len(set(value)) != len(value):
            self.fail(key, "contains duplicates")
        return tuple(value)

    def table(self, key: str, allowed: frozenset[str]) -> Table | None:
        return (
            Table(self.reader, self.data[key], (*self.path, key), allowed)
            if self.has(key)
            else None
        )

    def tables(self, key: str, allowed: frozenset[str]) -> list[Table]:
        if not self.has(key):
            return []
        value = self.data[key]
        if not isinstance(value, list):
            self.fail(key, "expected an array of tables")
        return [
            Table(self.reader, item, (*self.path, key, i), allowed) for i, item in enumerate(value)
        ]
