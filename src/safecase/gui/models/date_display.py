"""Dates as the user's locale writes them, with the ISO form kept for tooltips.

Stored dates are ISO: civil dates `YYYY-MM-DD` (a birth date may be `YYYY` or `YYYY-MM`) and
UTC timestamps. Lists and panes show the locale's short date with a four-digit year (so
"3/4/25" never has to be guessed at) and put the ISO text in the tooltip.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


class DateDisplay:
    @staticmethod
    def _date_format(locale: QLocale) -> str:
        if locale.language() == QLocale.Language.C:
            return "yyyy-MM-dd"  # no locale set: ISO, never an ambiguous guess
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return fmt

    @classmethod
    def civil(cls, iso: str | None, locale: QLocale | None = None) -> str:
        """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` in the locale's words; "" for nothing."""
        if not iso:
            return ""
        locale = locale or QLocale()
        parts = iso.split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            return iso
        if len(numbers) == 1:
            return str(numbers[0])
        if len(numbers) == 2:
            month = QDate(numbers[0], numbers[1], 1)
            return locale.toString(month, "MMMM yyyy") if month.isValid() else iso
        day = QDate(numbers[0], numbers[1], numbers[2])
        if not day.isValid():
            return iso
        return locale.toString(day, cls._date_format(locale))

    @classmethod
    def timestamp(
        cls, iso: str | None, locale: QLocale | None = None, *, with_time: bool = True
    ) -> str:
        """A UTC ISO timestamp as a local date (and time)."""
        if not iso:
            return ""
        locale = locale or QLocale()
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        qt_moment = QDateTime.fromSecsSinceEpoch(
            int(moment.timestamp()), QTimeZone.systemTimeZone()
        )
        fmt = cls._date_format(locale)
        if with_time:
            fmt += " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(qt_moment, fmt)

    @staticmethod
    def time(hhmm: str | None, locale: QLocale | None = None) -> str:
        """`HH:MM` in the locale's short time format."""
        if not hhmm:
            return ""
        locale = locale or QLocale()
        moment = QTime.fromString(hhmm, "HH:mm")
        if not moment.isValid():
            return hhmm
        return locale.toString(moment, QLocale.FormatType.ShortFormat)

    @classmethod
    def day(cls, moment: datetime, locale: QLocale | None = None) -> str:
        """A date (from a datetime) in the locale's long words, for headings."""
        locale = locale or QLocale()
        return locale.toString(
            QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
        )
