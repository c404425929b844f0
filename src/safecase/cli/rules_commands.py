"""CLI commands for deadline rules: rules list | show | compute | validate, and export-ics.

Rules carried here:
- `rules list/show/compute/validate` need no vault: they read the core pack (plus, with
  `--pack FILE`, an organisation pack laid over it); `export-ics` unlocks the vault;
- an `unverified` rule (or variant) always prints a WARNING line on standard error;
- `compute --json` prints one document with `rule`, `due` (YYYY-MM-DD), `expires_at` (ISO 8601
  with the offset, in the rule's zone), `outer_limit` (or null), `confidence` and `trace`;
- a pack that fails validation exits 5 with `file:line: field: reason`;
- `export-ics` always warns that calendar services upload what they import.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safecase.cli import errors
from safecase.cli.context import CommandContext, add_passphrase_option
from safecase.domain.clock import SystemClock
from safecase.domain.deadlines import (
    Computation,
    DeadlineComputationError,
    Rule,
    RulePack,
    RulePackError,
    compute_chain,
    load_core_pack,
    load_pack,
)
from safecase.domain.deadlines.counting import local_moment
from safecase.domain.errors import InvalidInput
from safecase.services.calendar_export import CalendarExporter, Privacy
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService

UPLOAD_WARNING = (
    "Warning: calendar services (Google, Outlook, iCloud and others) upload what you import "
    "into them, to servers outside your control.\n"
    "The default level 'redacted' leaves out names and titles; 'full' includes them; 'busy' "
    "shows only busy time. Calendars may also drop reminders: SafeCase's own reminders are "
    "the safety net.\n"
)
UNVERIFIED_WARNING = (
    "WARNING: {rule} is UNVERIFIED: check this date against the law before relying on it; "
    "it is never an all clear.\n"
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a time as HH:MM") from None


def _zone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            "expected an IANA time zone such as Europe/Vienna"
        ) from None
    return text


def local_zone_name() -> str:
    """The computer's IANA zone: $TZ, else /etc/localtime's target, else UTC."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    try:
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        try:
            if name:
                ZoneInfo(name)
                return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def _rules(args: argparse.Namespace) -> RulePack:
    core = load_core_pack()
    if not getattr(args, "pack", None):
        return core
    extra = load_pack(Path(args.pack))
    chosen = {rule.id: rule for rule in core.rules}
    chosen.update((rule.id, rule) for rule in extra.rules)
    return RulePack("active", f"{core.version}+{extra.id} {extra.version}", core.title,
                    core.description, tuple(chosen.values()))  # fmt: skip


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def rule_summary(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "title": rule.title,
        "confidence": rule.confidence.value,
        "jurisdictions": list(rule.jurisdictions),
        "case_kinds": [k.value for k in rule.case_kinds],
        "trigger": rule.trigger,
        "trigger_kind": rule.trigger_kind.value,
        "zone": rule.zone,
        "offset": str(rule.offset),
        "outer_limit": str(rule.ambiguity) if rule.ambiguity else None,
        "roll": rule.roll.value,
        "calendar": rule.calendar.id if rule.calendar else None,
        "act": rule.act.value,
        "expiry_time": rule.expiry_time.isoformat(timespec="minutes"),
        "source": rule.source,
        "checked": rule.checked.isoformat(),
        "window": None
        if rule.window is None
        else {
            "key": rule.window.key,
            "label": rule.window.label,
            "valid_from": rule.window.valid_from.isoformat() if rule.window.valid_from else None,
            "valid_until": rule.window.valid_until.isoformat() if rule.window.valid_until else None,
        },
        "successor": rule.successor,
        "children": list(rule.children),
        "variants": [
            {
                "id": v.id,
                "title": v.title,
                "offset": str(v.offset),
                "confidence": (v.confidence or rule.confidence).value,
            }
            for v in rule.variants
        ],
        "reminders": list(rule.reminder_days),
        "notes": rule.notes,
        "pack": rule.origin.id if rule.origin else None,
        "pack_version": rule.origin.version if rule.origin else None,
    }


def computation_json(c: Computation) -> dict[str, Any]:
    return {
        "rule": c.requested_rule_id,
        "applied_rule": c.rule_id,
        "title": c.title,
        "variant": c.variant,
        "trigger": c.trigger.isoformat(),
        "zone": c.zone,
        "due": c.due.isoformat(),
        "expires_at": c.expires_at.isoformat(),
        "outer_limit": c.outer_limit.isoformat() if c.outer_limit else None,
        "outer_expires_at": c.outer_expires_at.isoformat() if c.outer_expires_at else None,
        "confidence": c.confidence.value,
        "needs_confirmation": c.needs_confirmation,
        "act": c.act.value,
        "pack": c.pack_id,
        "pack_version": c.pack_version,
        "holidays_version": c.holidays_version,
        "tzdata": c.tzdata_version,
        "trace": list(c.trace),
    }


def cmd_list(args: argparse.Namespace, _ctx: CommandContext) -> int:
    pack = _rules(args)
    if args.json:
        _print_json({"pack_version": pack.version, "rules": [rule_summary(r) for r in pack.rules]})
        return errors.OK
    for rule in pack.rules:
        badge = "  UNVERIFIED" if rule.needs_confirmation else ""
        where = ",".join(rule.jurisdictions)
        sys.stdout.write(f"{rule.id:34} {rule.confidence.value:10} {where:6} {rule.title}{badge}\n")
    return errors.OK


def cmd_show(args: argparse.Namespace, _ctx: CommandContext) -> int:
    rule = _find(args)
    if rule is None:
        return errors.INVALID_INPUT
    if rule.needs_confirmation:
        sys.stderr.write(UNVERIFIED_WARNING.format(rule=rule.id))
    summary = rule_summary(rule)
    if args.json:
        _print_json(summary)
        return errors.OK
    for key, value in summary.items():
        if value in (None, [], ""):
            continue
        if key == "variants":
            for v in value:
                line = f"{v['id']}: {v['title']} ({v['offset']}, {v['confidence']})"
                sys.stdout.write(f"{'variant':14} {line}\n")
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        sys.stdout.write(f"{key:14} {text}\n")
    return errors.OK


def _find(args: argparse.Namespace) -> Rule | None:
    rule = _rules(args).find(args.rule_id)
    if rule is None:
        sys.stderr.write(f"safecase-cli: no rule {args.rule_id!r}; see 'rules list'.\n")
    return rule


def cmd_compute(args: argparse.Namespace, _ctx: CommandContext) -> int:
    pack = _rules(args)
    rule = _find(args)
    if rule is None:
        return errors.INVALID_INPUT
    trigger: date | datetime = args.trigger
    if args.trigger_time is not None:
        if not args.trigger_tz:
            sys.stderr.write("safecase-cli: --trigger-time needs --trigger-tz (an IANA zone).\n")
            return errors.USAGE
        trigger = local_moment(args.trigger, args.trigger_time, ZoneInfo(args.trigger_tz))
    key_dates = {"registration": args.registration} if args.registration else {}
    variants = {rule.id: args.variant} if args.variant else None
    try:
        chain = compute_chain(
            pack, rule.id, trigger, variants=variants, key_dates=key_dates, zone=args.zone
        )
    except DeadlineComputationError as exc:
        sys.stderr.write(f"safecase-cli: cannot compute: {exc}\n")
        return errors.INVALID_INPUT
    result = chain.root
    following = [computation_json(n.computation) for n in chain.nodes[1:]]
    for c in (result, *(n.computation for n in chain.nodes[1:])):
        if c.needs_confirmation:
            sys.stderr.write(UNVERIFIED_WARNING.format(rule=c.rule_id))
    if args.json:
        _print_json({**computation_json(result), "follows": following})
        return errors.OK
    out = sys.stdout
    out.write(f"{result.title}\n")
    out.write(f"Due:         {result.due.isoformat()} ({result.due:%A})\n")
    out.write(f"Expires:     {result.expires_at.isoformat()} ({result.zone})\n")
    if result.outer_limit:
        out.write(f"Outer limit: {result.outer_limit.isoformat()}\n")
    out.write(f"Confidence:  {result.confidence.value}\n\nWhy this date:\n")
    out.writelines(f"  - {line}\n" for line in result.trace)
    for item in following:
        out.write(f"\nFollows: {item['applied_rule']}: due {item['due']} ({item['confidence']})\n")
    return errors.OK


def cmd_validate(args: argparse.Namespace, _ctx: CommandContext) -> int:
    try:
        pack = load_pack(Path(args.file))
    except RulePackError as exc:
        sys.stderr.write(f"safecase-cli: rule pack not valid: {exc}\n")
        return errors.INVALID_INPUT
    unverified = sum(1 for rule in pack.rules if rule.needs_confirmation)
    sys.stdout.write(
        f"Valid: pack {pack.id} version {pack.version}, {len(pack.rules)} rules "
        f"({unverified} unverified).\n"
    )
    return errors.OK


def cmd_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Import (or update) an organisation's rule pack: show what changes and which open
    deadlines would move; apply only the rule changes named with --accept (or --accept-all)."""
    try:
        untrusted_text = Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("rule pack file cannot be read as UTF-8 text") from exc
    vault = ctx.unlock(args)
    rules = RuleService(vault.conn, RecordsService(vault.conn), SystemClock())
    proposal = rules.import_pack(untrusted_text, Path(args.file).name)
    diff = proposal.diff
    out = sys.stdout
    out.write(
        f"Pack {proposal.pack.id}: version {diff.old_version or '(new)'} -> {diff.new_version}\n"
    )
    for rule_id in diff.added:
        out.write(f"  added    {rule_id}\n")
    for rule_id in diff.removed:
        out.write(f"  removed  {rule_id}\n")
    for change in diff.changed:
        out.write(f"  changed  {change.rule_id}: {', '.join(change.fields)}\n")
    for moved in proposal.changes:
        out.write(f"  would move: {moved.title}: {moved.old_due} -> {moved.new_due}\n")
    changed_ids = {*diff.added, *diff.removed, *(c.rule_id for c in diff.changed)}
    accepted = changed_ids if args.accept_all else set(args.accept)
    unknown = accepted - changed_ids
    if unknown:
        raise InvalidInput(f"--accept names rules this pack does not change: {sorted(unknown)}")
    if not accepted and not diff.empty:
        out.write(
            "Nothing applied. Name the changes to accept with --accept ID (or --accept-all).\n"
        )
        return errors.OK
    report = rules.apply_pack_update(proposal, accepted)
    out.write(f"Applied {len(accepted)} rule change(s); {len(report.moved)} deadline(s) moved.\n")
    return errors.OK


def cmd_export_ics(args: argparse.Namespace, ctx: CommandContext) -> int:
    sys.stderr.write(UPLOAD_WARNING)
    vault = ctx.unlock(args)
    records = RecordsService(vault.conn)
    exporter = CalendarExporter(vault.conn, records, args.zone or local_zone_name())
    count = exporter.write(Path(args.out), Privacy(args.privacy))
    sys.stdout.write(f"Wrote {count} deadlines (privacy: {args.privacy}).\n")
    return errors.OK


def register(commands: Any) -> None:
    group = commands.add_parser("rules", help="deadline rules: list, show, compute, validate")
    sub = group.add_subparsers(dest="rules_command", required=True, parser_class=type(group))

    listing = sub.add_parser("list", help="the rules of the core pack")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="one rule: source, confidence, counting, variants")
    show.add_argument("rule_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    comp = sub.add_parser("compute", help="compute a deadline from a trigger, with the trace")
    comp.add_argument("rule_id", metavar="ID")
    comp.add_argument("--trigger", type=_day, required=True, metavar="DATE")
    comp.add_argument("--trigger-time", type=_clock, metavar="HH:MM")
    comp.add_argument("--trigger-tz", type=_zone, metavar="ZONE")
    comp.add_argument("--variant", metavar="NAME")
    comp.add_argument("--registration", type=_day, metavar="DATE",
                      help="date the application was registered (Dublin III or AMMR)")  # fmt: skip
    comp.add_argument("--zone", type=_zone, metavar="ZONE", help="the authority's zone")
    comp.add_argument("--json", action="store_true")
    comp.set_defaults(handler=cmd_compute)

    for parser in (listing, show, comp):
        parser.add_argument("--pack", metavar="FILE", help="lay an organisation pack over core")

    imp = sub.add_parser("import", help="import or update an organisation's rule pack")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--accept", action="append", default=[], metavar="RULE_ID",
        help="apply this rule change (repeat); others stay as they were",
    )  # fmt: skip
    imp.add_argument("--accept-all", action="store_true", help="apply every change")
    add_passphrase_option(imp)
    imp.set_defaults(handler=cmd_import)

    validate = sub.add_parser("validate", help="check a rule pack file")
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(handler=cmd_validate)

    ics = commands.add_parser("export-ics", help="export deadlines as an iCalendar file")
    ics.add_argument("out", metavar="OUT")
    ics.add_argument("--privacy", choices=[p.value for p in Privacy], default="redacted")
    ics.add_argument(
        "--zone", type=_zone, default=None, metavar="ZONE",
        help="your time zone, for reminder alarms (default: this computer's)",
    )  # fmt: skip
    add_passphrase_option(ics)
    ics.set_defaults(handler=cmd_export_ics)
