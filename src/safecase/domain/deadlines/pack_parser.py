"""Turn an untrusted, parsed rule-pack document into validated calendars and rules.

Checks each field (presence, type, enum, date, zone, offset syntax), each rule's consistency
(elapsed-time rules do not roll; working days and rolling need a calendar), and the pack as a
whole (unique ids, successors and children that exist and do not loop, successor windows that
continue exactly where the predecessor's ends). The first problem raises RulePackError.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from safecase.domain.deadlines.calendar import (
    SAT_SUN,
    WEEKDAY_NAMES,
    ExtraDay,
    Override,
    WorkingCalendar,
    country_supported,
)
from safecase.domain.deadlines.offsets import Offset, Roll, Unit, add_calendar_offset
from safecase.domain.deadlines.pack_tables import Reader, Table
from safecase.domain.deadlines.rules import (
    DEFAULT_REMINDER_DAYS,
    END_OF_DAY,
    TRIGGER_KEY,
    Act,
    CaseKind,
    Confidence,
    PackRef,
    Rule,
    SuspensionMode,
    TriggerKind,
    Variant,
    Window,
)

ID_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")
TOP_KEYS = frozenset({"pack", "calendars", "rule"})
PACK_KEYS = frozenset({"id", "version", "title", "description"})
CALENDAR_KEYS = frozenset(
    {"country", "subdivision", "weekend", "extra", "override", "transferred_workdays", "note"}
)
RULE_KEYS = frozenset(
    {
        "id", "title", "trigger", "trigger_kind", "zone", "offset", "end_of_month", "roll",
        "calendar", "act", "expiry_time", "source", "confidence", "checked", "jurisdictions",
        "case_kinds", "notes", "reminders", "successor", "children", "suspension", "window",
        "outer_limit", "variant",
    }
)  # fmt: skip
WINDOW_KEYS = frozenset({"key", "label", "valid_from", "valid_until", "precedes_trigger"})
VARIANT_KEYS = frozenset({"id", "title", "offset", "end_of_month", "confidence", "notes"})
_CASE_KINDS = frozenset(k.value for k in CaseKind)
# Reference triggers for checking that an outer limit is never before the due date.
_PROBES = (date(2023, 1, 31), date(2024, 2, 29), date(2025, 12, 31), date(2026, 6, 30))


@dataclass(frozen=True, slots=True)
class PackHeader:
    id: str
    version: str
    title: str
    description: str


def parse_document(
    untrusted_doc: Mapping[str, object], reader: Reader
) -> tuple[PackHeader, tuple[WorkingCalendar, ...], tuple[Rule, ...]]:
    root = Table(reader, dict(untrusted_doc), (), TOP_KEYS)
    pack = root.table("pack", PACK_KEYS)
    if pack is None:
        reader.fail(("pack",), "missing [pack] table")
    header = PackHeader(_ident(pack, "id"), pack.text("version"), pack.text("title"),
                        pack.opt_text("description"))  # fmt: skip
    calendars = _calendars(root)
    rule_tables = root.tables("rule", RULE_KEYS)
    if not rule_tables:
        reader.fail(("rule",), "a pack needs at least one [[rule]]")
    origin = PackRef(header.id, header.version)
    rules = tuple(_rule(t, calendars, origin) for t in rule_tables)
    _check_links(rule_tables, rules)
    return header, tuple(calendars.values()), rules


def _ident(table: Table, key: str) -> str:
    value = table.text(key)
    if not ID_RE.match(value) or len(value) > 100:
        table.fail(key, "ids use lower-case letters, digits and . _ - (e.g. pl.wsa.complaint)")
    return value


def _calendars(root: Table) -> dict[str, WorkingCalendar]:
    found: dict[str, WorkingCalendar] = {}
    if not root.has("calendars"):
        return found
    value = root.raw("calendars")
    if not isinstance(value, dict):
        root.fail("calendars", "expected a table of named calendars")
    for name in value:
        if not ID_RE.match(name):
            root.reader.fail(
                ("calendars", name), "calendar names use lower-case letters, digits, . _ -"
            )
        table = Table(root.reader, value[name], ("calendars", name), CALENDAR_KEYS)
        found[name] = _calendar(name, table)
    return found


def _calendar(name: str, table: Table) -> WorkingCalendar:
    country = table.text("country") if table.has("country") else None
    subdivision = table.text("subdivision") if table.has("subdivision") else None
    if subdivision is not None and country is None:
        table.fail("subdivision", "a subdivision needs a country")
    if country is not None and (problem := country_supported(country, subdivision)):
        table.fail("subdivision" if "subdivision" in problem else "country", problem)
    weekend = SAT_SUN
    if table.has("weekend"):
        names = table.texts("weekend", required=False)
        if any(n not in WEEKDAY_NAMES for n in names):
            table.fail("weekend", f"use weekday names: {', '.join(WEEKDAY_NAMES)}")
        if len(names) == 7:
            table.fail("weekend", "a calendar needs at least one working weekday")
        weekend = frozenset(WEEKDAY_NAMES.index(n) for n in names)
    extras = []
    for item in table.tables("extra", frozenset({"name", "month", "day", "easter"})):
        if item.has("easter"):
            if item.has("month") or item.has("day"):
                item.fail("easter", "give either easter or month and day")
            extras.append(
                ExtraDay(item.text("name"), easter_offset=item.integer("easter", -100, 100))
            )
            continue
        month, day = item.integer("month", 1, 12), item.integer("day", 1, 31)
        try:
            date(2024, month, day)  # a leap year accepts every real month/day
        except ValueError:
            item.fail("day", f"{month:02d}-{day:02d} is not a day of the year")
        extras.append(ExtraDay(item.text("name"), month, day))
    overrides = [
        Override(item.day("date"), item.flag("working", False), item.text("reason"))
        for item in table.tables("override", frozenset({"date", "working", "reason"}))
    ]
    return WorkingCalendar(
        id=name, country=country, subdivision=subdivision, weekend=weekend, extras=tuple(extras),
        overrides=tuple(overrides), transferred_workdays=table.flag("transferred_workdays", True),
        note=table.opt_text("note"),
    )  # fmt: skip


def _offset(table: Table, key: str, kind: TriggerKind, eom_key: str | None) -> Offset:
    text = table.text(key)
    end_of_month = table.flag(eom_key, False) if eom_key else False
    try:
        offset = Offset.parse(text, end_of_month=end_of_month)
    except ValueError as exc:
        table.fail(eom_key if eom_key and "end_of_month" in str(exc) else key, str(exc))
    if kind is TriggerKind.MOMENT and offset.unit is Unit.WORKING_DAYS:
        table.fail(key, "elapsed-time (moment) rules cannot count working days")
    if kind is TriggerKind.DATE and offset.unit is Unit.HOURS:
        table.fail(key, 'hours need trigger_kind = "moment"')
    return offset


def _rule(t: Table, calendars: Mapping[str, WorkingCalendar], origin: PackRef) -> Rule:
    rule_id = _ident(t, "id")
    kind = t.choice("trigger_kind", TriggerKind)
    offset = _offset(t, "offset", kind, "end_of_month")
    roll = t.choice("roll", Roll)
    calendar = _calendar_ref(t, calendars)
    if kind is TriggerKind.MOMENT and roll is not Roll.NONE:
        t.fail("roll", "elapsed-time (moment) rules do not roll")
    if kind is TriggerKind.MOMENT and t.has("expiry_time"):
        t.fail("expiry_time", "elapsed-time rules expire at the computed moment")
    if roll is not Roll.NONE and calendar is None:
        t.fail("calendar", "rolling needs a calendar")
    _needs_calendar(t, "offset", offset, calendar)
    variants = _variants(t, kind, calendar)
    outer = _offset(t, "outer_limit", kind, None) if t.has("outer_limit") else None
    if outer is not None:
        _needs_calendar(t, "outer_limit", outer, calendar)
        if Unit.HOURS not in (outer.unit, offset.unit) and any(
            add_calendar_offset(p, outer, calendar) < add_calendar_offset(p, offset, calendar)
            for p in _PROBES
        ):
            t.fail("outer_limit", "the outer limit must not come before the earliest date")
    children = t.texts("children", required=False)
    if children and outer is not None:
        t.fail("children", "a rule with an outer limit cannot start a chain (which date?)")
    case_kinds = t.texts("case_kinds")
    for index, name in enumerate(case_kinds):
        if name not in _CASE_KINDS:
            t.reader.fail((*t.path, "case_kinds", index), f"{name!r} is not a known case kind")
    return Rule(
        id=rule_id, title=t.text("title"), trigger=t.text("trigger"), trigger_kind=kind,
        zone=t.zone("zone"), offset=offset, roll=roll, act=t.choice("act", Act),
        source=t.text("source"), confidence=t.choice("confidence", Confidence),
        checked=t.day("checked"), jurisdictions=t.texts("jurisdictions"),
        case_kinds=tuple(CaseKind(n) for n in case_kinds), calendar=calendar,
        expiry_time=t.clock_time("expiry_time", END_OF_DAY), window=_window(t),
        successor=t.text("successor") if t.has("successor") else None,
        variants=tuple(variants), children=children, ambiguity=outer,
        suspension=t.choice("suspension", SuspensionMode) if t.has("suspension")
        else SuspensionMode.EXTEND,
        reminder_days=_reminders(t), notes=t.opt_text("notes"), origin=origin,
    )  # fmt: skip


def _calendar_ref(t: Table, calendars: Mapping[str, WorkingCalendar]) -> WorkingCalendar | None:
    if not t.has("calendar"):
        return None
    name = t.text("calendar")
    if name not in calendars:
        t.fail("calendar", f"no calendar named {name!r} in [calendars]")
    return calendars[name]


def _needs_calendar(t: Table, key: str, offset: Offset, calendar: WorkingCalendar | None) -> None:
    if offset.unit is Unit.WORKING_DAYS and calendar is None:
        t.fail(key, "a working-day offset needs the rule to name a calendar")


def _variants(t: Table, kind: TriggerKind, calendar: WorkingCalendar | None) -> tuple[Variant, ...]:
    variants: list[Variant] = []
    for v in t.tables("variant", VARIANT_KEYS):
        variant_id = _ident(v, "id")
        if any(x.id == variant_id for x in variants):
            v.fail("id", "duplicate variant id")
        confidence = v.choice("confidence", Confidence) if v.has("confidence") else None
        offset = _offset(v, "offset", kind, "end_of_month")
        _needs_calendar(v, "offset", offset, calendar)
        variants.append(
            Variant(variant_id, v.text("title"), offset, confidence, v.opt_text("notes"))
        )
    return tuple(variants)


def _reminders(t: Table) -> tuple[int, ...]:
    if not t.has("reminders"):
        return DEFAULT_REMINDER_DAYS
    raw = t.raw("reminders")
    if not isinstance(raw, list) or not raw:
        t.fail("reminders", "expected a non-empty list of whole days between 0 and 3650")
    for index, item in enumerate(raw):
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= 3650:
            t.reader.fail((*t.path, "reminders", index), "expected whole days between 0 and 3650")
    return tuple(sorted(set(raw), reverse=True))


def _window(t: Table) -> Window | None:
    w = t.table("window", WINDOW_KEYS)
    if w is None:
        return None
    key = _ident(w, "key")
    label = w.text("label") if (w.has("label") or key != TRIGGER_KEY) else "trigger date"
    start, end = w.opt_day("valid_from"), w.opt_day("valid_until")
    if start is None and end is None:
        w.fail("valid_from", "a window needs valid_from, valid_until or both")
    if start is not None and end is not None and end < start:
        w.fail("valid_until", "ends before it starts")
    precedes = w.flag("precedes_trigger", False)
    if precedes and key == TRIGGER_KEY:
        w.fail("precedes_trigger", "meaningless for a window keyed on the trigger")
    return Window(key, label, start, end, precedes)


def _check_links(tables: list[Table], rules: tuple[Rule, ...]) -> None:
    by_id: dict[str, Rule] = {}
    for table, rule in zip(tables, rules, strict=True):
        if rule.id in by_id:
            table.fail("id", f"duplicate rule id {rule.id!r}")
        by_id[rule.id] = rule
    for table, rule in zip(tables, rules, strict=True):
        for child in rule.children:
            if child not in by_id:
                table.fail("children", f"no rule {child!r} in this pack")
        if rule.successor is None:
            continue
        nxt = by_id.get(rule.successor)
        if nxt is None or nxt.id == rule.id:
            table.fail("successor", f"no other rule {rule.successor!r} in this pack")
        if rule.window is None or rule.window.valid_until is None:
            table.fail("successor", "a rule with a successor needs a window with valid_until")
        if nxt.window is None or nxt.window.key != rule.window.key:
            table.fail("successor", f"{nxt.id} needs a window on the same key date")
        if nxt.window.valid_from != rule.window.valid_until + timedelta(days=1):
            table.fail("successor", f"{nxt.id} must be valid from the day after valid_until")
        if (nxt.trigger_kind, nxt.zone) != (rule.trigger_kind, rule.zone):
            # The trigger is read once, in the requested rule's zone, before the window
            # decides which rule of the lineage applies.
            table.fail("successor", f"{nxt.id} must have the same trigger_kind and zone")
    for table, rule in zip(tables, rules, strict=True):
        _acyclic(table, rule, by_id, "successor")
        _acyclic(table, rule, by_id, "children")


def _acyclic(table: Table, start: Rule, by_id: Mapping[str, Rule], link: str) -> None:
    stack: list[tuple[str, tuple[str, ...]]] = [(start.id, ())]
    while stack:
        current, seen = stack.pop()
        if current in seen:
            table.fail(link, f"{link} links loop back to {current!r}")
        rule = by_id[current]
        nexts = rule.children if link == "children" else (rule.successor,) if rule.successor else ()
        stack.extend((n, (*seen, current)) for n in nexts)
