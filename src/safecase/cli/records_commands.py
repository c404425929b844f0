"""CLI commands over case records: import, export, list, show, history, search, deadlines,
delete, restore, purge.

Rules carried here:
- every command unlocks with `--passphrase-file` (or a prompt) and prints only what was asked;
- record text is printed with control and bidi-override characters escaped, so a hostile import
  cannot drive the terminal; `--json` output is one JSON document on standard output;
- a plaintext export needs `--plaintext` and always warns on standard error;
- purge deletes for good: it asks on a terminal, and needs `--yes` when not interactive.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from safecase.cli import errors
from safecase.cli.context import CommandContext, add_passphrase_option
from safecase.domain import records as r
from safecase.services.interchange import InterchangeService
from safecase.services.records import RecordsService
from safecase.services.search import SearchService

LIST_KINDS: dict[str, r.RecordKind] = {
    "people": r.RecordKind.PERSON,
    "contacts": r.RecordKind.CONTACT,
    "cases": r.RecordKind.CASE,
    "events": r.RecordKind.EVENT,
    "deadlines": r.RecordKind.DEADLINE,
    "notes": r.RecordKind.NOTE,
    "attachments": r.RecordKind.ATTACHMENT,
}
_PAGE = 500
PLAINTEXT_WARNING = (
    "Warning: {out} is NOT encrypted. Anyone who can read this file can read every record in it.\n"
    "Keep it on an encrypted disk, share it only over an encrypted channel, and delete it when "
    "done.\n"
)
PLAINTEXT_REFUSAL = (
    "Refusing to export: an export file is NOT encrypted, unlike the vault. Anyone who can read it "
    "can read every record.\nAdd --plaintext to confirm you want a plaintext file.\n"
)
# C0/C1 controls, DEL, bidi overrides/isolates and line separators: escaped in all output.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_UNSAFE_IN_LINE = re.compile("[\t\n\r]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe_text(text: str, *, multiline: bool = False) -> str:
    """Record text fit for a terminal: controls shown as \\uXXXX, never interpreted."""
    text = _UNSAFE.sub(_escape, text)
    return text if multiline else _UNSAFE_IN_LINE.sub(_escape, text)


def _print_json(value: object) -> None:
    # Controls inside JSON strings are escaped by json; C1 and bidi controls are not: escape them.
    sys.stdout.write(_UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False)) + "\n")


def _plain(value: object) -> object:
    """A record value as JSON data: enums as their values, dataclasses as objects."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _open(args: argparse.Namespace, ctx: CommandContext) -> RecordsService:
    return RecordsService(ctx.unlock(args).conn)


# --- import / export ------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    records = RecordsService(vault.conn)
    summary = InterchangeService(vault.conn, records).import_file(Path(args.file))
    total = sum(summary.counts.values())
    plural = {kind: name for name, kind in LIST_KINDS.items()}
    parts = ", ".join(f"{plural[kind]} {n}" for kind, n in summary.counts.items())
    sys.stdout.write(f"Imported {total} records ({parts or 'none'}) and {summary.links} links.\n")
    return errors.OK


def cmd_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not args.plaintext:
        sys.stderr.write(PLAINTEXT_REFUSAL)
        return errors.USAGE
    out = Path(args.out)
    if out.exists() or out.is_symlink():
        sys.stderr.write("safecase-cli: the export file already exists; nothing was written.\n")
        return errors.OTHER
    vault = ctx.unlock(args)
    records = RecordsService(vault.conn)
    sys.stderr.write(PLAINTEXT_WARNING.format(out=safe_text(str(out))))
    summary = InterchangeService(vault.conn, records).export_to_file(out)
    total = sum(summary.counts.values())
    sys.stdout.write(f"Exported {total} records and {summary.links} links (file mode 0600).\n")
    if summary.dropped_references:
        sys.stdout.write(
            f"{summary.dropped_references} references to records in the recycle bin were left "
            "out (the recycle bin is not exported).\n"
        )
    return errors.OK


# --- reading --------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    kind = LIST_KINDS[args.kind]
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = records.list_page(kind, offset=offset, limit=_PAGE)
        for row in page:
            if args.json:
                rows.append({"id": row.id, "label": row.label, **row.fields})
            else:
                sys.stdout.write(f"{row.id}\t{safe_text(row.label)}\n")
        if len(page) < _PAGE:
            break
        offset += _PAGE
    if args.json:
        _print_json(rows)
    return errors.OK


def _describe_value(value: object) -> str:
    match value:
        case r.OtherName():
            extra = ", ".join(x for x in (value.script, value.language, value.kind) if x)
            return f"{value.name} ({extra})" if extra else value.name
        case r.Flag():
            reason = f" — {value.reason}" if value.reason else ""
            since = f" (since {value.since})" if value.since else ""
            return f"{value.flag}{reason}{since}"
        case Enum():
            return str(value.value)
        case list():
            return "; ".join(_describe_value(v) for v in value)
    return str(value)


def cmd_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    record = records.get(args.id)
    meta = records.meta(args.id)
    links = records.links_of(args.id)
    if args.json:
        _print_json({
            "kind": meta.kind.value, **_plain(record),  # type: ignore[dict-item]
            "links": [{"from": lk.from_id, "to": lk.to_id, "role": lk.role} for lk in links],
            "created_at": meta.created_at, "updated_at": meta.updated_at,
            "deleted_at": meta.deleted_at,
        })  # fmt: skip
        return errors.OK
    out = [f"kind: {meta.kind.value}"]
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if value in (None, "", []):
            continue
        text = safe_text(_describe_value(value), multiline=True)
        out.append(f"{f.name}: {text.replace(chr(10), chr(10) + '  ')}")
    for lk in links:
        other = lk.to_id if lk.from_id == record.id else lk.from_id
        role = f" ({safe_text(lk.role)})" if lk.role else ""
        out.append(f"link: {records.meta(other).kind.value} {other}{role}")
    if meta.deleted_at:
        out.append(f"in the recycle bin since {meta.deleted_at}")
    sys.stdout.write("\n".join(out) + "\n")
    return errors.OK


def cmd_history(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    for entry in records.history(args.id):
        old = "(none)" if entry.old is None else safe_text(entry.old)
        new = "(none)" if entry.new is None else safe_text(entry.new)
        sys.stdout.write(f"{entry.at}\t{safe_text(entry.field)}\t{old} -> {new}\n")
    return errors.OK


def cmd_search(args: argparse.Namespace, ctx: CommandContext) -> int:
    vault = ctx.unlock(args)
    results = SearchService(vault.conn).search(args.query, limit=args.limit)
    if args.json:
        _print_json([{"kind": x.kind.value, "id": x.id, "label": x.label} for x in results])
        return errors.OK
    for x in results:
        sys.stdout.write(f"{x.kind.value}\t{x.id}\t{safe_text(x.label)}\n")
    return errors.OK


def cmd_deadlines(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    found = records.open_deadlines(within_days=args.within)
    if args.json:
        _print_json([
            {"id": d.id, "title": d.title, "due": d.due, "time": d.time, "tz": d.tz,
             "status": d.status.value, "case": d.case_id, "person": d.person_id,
             "overdue": overdue}
            for d, overdue in found
        ])  # fmt: skip
        return errors.OK
    for d, overdue in found:
        when = f"{d.due} {d.time or '--:--'} {d.tz}"
        mark = "OVERDUE" if overdue else "open"
        sys.stdout.write(f"{safe_text(when)}\t{mark}\t{d.id}\t{safe_text(d.title)}\n")
    return errors.OK


# --- recycle bin ----------------------------------------------------------------------------
def cmd_delete(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    records.delete(args.id)
    sys.stdout.write(f"Moved to the recycle bin: {args.id}. Undo with 'restore'.\n")
    return errors.OK


def cmd_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    records.restore(args.id)
    sys.stdout.write(f"Restored: {args.id}.\n")
    return errors.OK


def cmd_purge(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = _open(args, ctx)
    meta = records.meta(args.id)
    if meta.deleted_at is None:
        sys.stderr.write("safecase-cli: only records in the recycle bin can be purged; run "
                         "'delete' first. Nothing was changed.\n")  # fmt: skip
        return errors.INVALID_INPUT
    if not args.yes:
        if not sys.stdin.isatty():
            sys.stderr.write("safecase-cli: purge deletes for good; add --yes to confirm when "
                             "not running interactively. Nothing was changed.\n")  # fmt: skip
            return errors.USAGE
        sys.stderr.write(f"Purge {meta.kind.value} “{safe_text(meta.label)}” for good? "
                         "It cannot be restored. Type 'yes' to confirm: ")  # fmt: skip
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() != "yes":
            sys.stdout.write("Nothing was purged.\n")
            return errors.OTHER
    records.purge(args.id)
    sys.stdout.write(f"Purged: {args.id}.\n")
    return errors.OK


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected a whole number") from exc
    if not 1 <= value <= 500:
        raise argparse.ArgumentTypeError("expected 1 to 500")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected a whole number of days") from exc
    if value < 0 or value > 36_500:
        raise argparse.ArgumentTypeError("expected 0 to 36500 days")
    return value


def register(commands: Any) -> None:
    def add(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=help_text
        )
        add_passphrase_option(sub)
        sub.set_defaults(handler=handler)
        return sub

    sub = add("import", "import an interchange JSON file (all or nothing)", cmd_import)
    sub.add_argument("file", metavar="FILE")
    sub = add("export", "export every live record as interchange JSON (unencrypted)", cmd_export)
    sub.add_argument("--format", choices=["json"], default="json")
    sub.add_argument("--plaintext", action="store_true",
                     help="confirm that the file will NOT be encrypted")  # fmt: skip
    sub.add_argument("out", metavar="OUT")
    sub = add("list", "list records of one kind", cmd_list)
    sub.add_argument("kind", choices=list(LIST_KINDS))
    sub.add_argument("--json", action="store_true")
    sub = add("show", "show one record with its links", cmd_show)
    sub.add_argument("id", metavar="ID")
    sub.add_argument("--json", action="store_true")
    sub = add("history", "show a record's field history", cmd_history)
    sub.add_argument("id", metavar="ID")
    sub = add("search", "search all records across scripts and spellings", cmd_search)
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=_limit, default=50, metavar="N", help="at most N results")
    sub = add("deadlines", "open deadlines, overdue ones included", cmd_deadlines)
    sub.add_argument("--within", type=_non_negative, metavar="DAYS",
                     help="only those due up to DAYS days ahead")  # fmt: skip
    sub.add_argument("--json", action="store_true")
    for name, help_text, handler in (
        ("delete", "move a record to the recycle bin", cmd_delete),
        ("restore", "restore a record from the recycle bin", cmd_restore),
        ("purge", "delete a record from the recycle bin for good", cmd_purge),
    ):
        sub = add(name, help_text, handler)
        sub.add_argument("id", metavar="ID")
        if name == "purge":
            sub.add_argument("--yes", action="store_true", help="do not ask for confirmation")
