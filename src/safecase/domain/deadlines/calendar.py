"""Working calendars: which civil days an authority counts as working days, and why.

A day is non-working when it is a weekend day, a public holiday of the jurisdiction (from the
`holidays` package), a statutory extra day (Austria: Good Friday and 24 December, AVG §33(2)) or
a per-year override (court closure, decree). Kazakhstan and Uzbekistan move working days onto
weekends; `holidays` lists them as weekend workdays and we treat them as working days: that gives
the earlier, safer date, and `status()` says so for the trace. An explicit override beats
everything, because it is the most specific information a caseworker or pack author has.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

import holidays

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SAT_SUN = frozenset({5, 6})


class DayKind(StrEnum):
    WORKING = "working"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    EXTRA = "statutory extra"
    CLOSED = "override: closed"
    TRANSFERRED = "transferred working day"
    OPENED = "override: open"


@dataclass(frozen=True, slots=True)
class DayStatus:
    day: date
    working: bool
    kind: DayKind
    reason: str
    estimated: bool = False  # the holiday date is an estimate (lunar calendars, until decreed)


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True, slots=True)
class ExtraDay:
    """A statutory non-working day every year: a fixed month/day or an offset from Easter."""

    name: str
    month: int = 0
    day: int = 0
    easter_offset: int | None = None

    def on(self, year: int) -> date | None:
        if self.easter_offset is not None:
            return easter_sunday(year) + timedelta(days=self.easter_offset)
        try:
            return date(year, self.month, self.day)
        except ValueError:  # 29 February in a common year
            return None


@dataclass(frozen=True, slots=True)
class Override:
    """One day declared working (`working=True`) or closed, with the reason (decree, closure)."""

    day: date
    working: bool
    reason: str


@lru_cache(maxsize=512)
def _holiday_year(
    country: str, subdivision: str | None, year: int
) -> tuple[Mapping[date, str], frozenset[date]]:
    """Public holidays and weekend workdays of one country-year, as plain immutable data."""
    table = holidays.country_holidays(country, subdiv=subdivision, years=year)
    names = MappingProxyType({d: str(n) for d, n in table.items() if d.year == year})
    # `weekend_workdays` can carry stray dates of other years; keep this year's only.
    workdays = frozenset(d for d in getattr(table, "weekend_workdays", ()) if d.year == year)
    return names, workdays


def country_supported(country: str, subdivision: str | None = None) -> str | None:
    """None when `holidays` knows the country (and subdivision), else the reason it does not."""
    supported: Mapping[str, list[str]] = holidays.list_supported_countries()
    if country not in supported:
        return f"the holidays package has no calendar for country {country!r}"
    if subdivision is not None and subdivision not in supported[country]:
        return f"country {country!r} has no subdivision {subdivision!r} in the holidays package"
    return None


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    id: str
    country: str | None = None
    subdivision: str | None = None
    weekend: frozenset[int] = SAT_SUN
    extras: tuple[ExtraDay, ...] = ()
    overrides: tuple[Override, ...] = ()
    transferred_workdays: bool = True
    note: str = ""

    def status(self, day: date) -> DayStatus:
        """Whether `day` is a working day here, with the reason in words."""
        for override in self.overrides:
            if override.day == day:
                kind = DayKind.OPENED if override.working else DayKind.CLOSED
                return DayStatus(day, override.working, kind, f"override: {override.reason}")
        weekday = WEEKDAY_NAMES[day.weekday()].capitalize()
        names: Mapping[date, str] = {}
        workdays: frozenset[date] = frozenset()
        if self.country is not None:
            names, workdays = _holiday_year(self.country, self.subdivision, day.year)
        if self.transferred_workdays and day in workdays:
            reason = (
                f"{weekday}, but a transferred working day in {self.country} "
                "(counted as working: the earlier, safer date)"
            )
            return DayStatus(day, True, DayKind.TRANSFERRED, reason)
        if day in names:
            name = names[day]
            estimated = "estimated" in name.lower()
            reason = f"public holiday in {self._where()}: {name}"
            return DayStatus(day, False, DayKind.HOLIDAY, reason, estimated)
        for extra in self.extras:
            if extra.on(day.year) == day:
                return DayStatus(
                    day, False, DayKind.EXTRA, f"statutory non-working day: {extra.name}"
                )
        if day.weekday() in self.weekend:
            return DayStatus(day, False, DayKind.WEEKEND, f"{weekday} (weekend)")
        return DayStatus(day, True, DayKind.WORKING, f"{weekday}, a working day")

    def is_working_day(self, day: date) -> bool:
        return self.status(day).working

    def with_overrides(self, *overrides: Override) -> WorkingCalendar:
        """A copy with more overrides; later ones win over earlier ones for the same day."""
        return replace(self, overrides=tuple(overrides) + self.overrides)

    def describe(self) -> str:
        weekend = "+".join(WEEKDAY_NAMES[d][:3].capitalize() for d in sorted(self.weekend))
        parts = [f"calendar {self.id}: weekend {weekend or 'none'}"]
        if self.country is not None:
            parts.append(f"public holidays of {self._where()} (holidays package)")
        if self.extras:
            parts.append("extra non-working days: " + ", ".join(e.name for e in self.extras))
        if self.overrides:
            parts.append(f"{len(self.overrides)} override(s)")
        if self.country is not None and self.transferred_workdays:
            parts.append("transferred weekend working days count as working days")
        text = "; ".join(parts)
        return f"{text}. {self.note}" if self.note else text

    def _where(self) -> str:
        if self.subdivision:
            return f"{self.country}-{self.subdivision}"
        return str(self.country)
