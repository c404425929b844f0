"""Rule packs: load and validate TOML rule packs, find the core pack, and diff two packs.

A pack is all or nothing: any problem raises RulePackError(file, line, field, reason) and no
rule from it is returned, so a half-valid pack can never feed the engine. Pack text is
untrusted input (it may come from an update or an import) and is size-limited before parsing.
`diff_packs` lists what an update adds, removes and changes, so the update flow can show it
before any deadline is recomputed.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from safecase.domain.deadlines.calendar import WorkingCalendar
from safecase.domain.deadlines.errors import DeadlineComputationError, RulePackError
from safecase.domain.deadlines.pack_parser import parse_document
from safecase.domain.deadlines.pack_tables import Reader
from safecase.domain.deadlines.rules import CaseKind, Rule
from safecase.domain.deadlines.toml_locator import Locator

MAX_PACK_BYTES = 2_000_000
MAX_RULES = 5_000
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True, slots=True)
class RulePack:
    id: str
    version: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    calendars: tuple[WorkingCalendar, ...] = ()
    file: str = ""
    _by_id: MappingProxyType[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({r.id: r for r in self.rules}))

    def find(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def get(self, rule_id: str) -> Rule:
        rule = self._by_id.get(rule_id)
        if rule is None:
            raise DeadlineComputationError(rule_id, "rule", f"not in rule pack {self.id}")
        return rule

    def matching(
        self, *, jurisdiction: str | None = None, case_kind: CaseKind | None = None
    ) -> tuple[Rule, ...]:
        """Rules for a jurisdiction and/or case kind, in pack order."""
        return tuple(
            r for r in self.rules if r.applies_to(jurisdiction=jurisdiction, case_kind=case_kind)
        )


def loads_pack(untrusted_text: str, file: str = "<memory>") -> RulePack:
    """Validate pack text; `file` names it in errors."""
    if len(untrusted_text.encode("utf-8", errors="replace")) > MAX_PACK_BYTES:
        raise RulePackError(file, 0, "(file)", f"larger than {MAX_PACK_BYTES} bytes")
    locator = Locator(untrusted_text)
    try:
        untrusted_doc = tomllib.loads(untrusted_text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else 0
        where = locator.key_on_line(line) or "(syntax)"
        raise RulePackError(file, line, where, f"not valid TOML: {exc}") from None
    rule_list = untrusted_doc.get("rule")
    if isinstance(rule_list, list) and len(rule_list) > MAX_RULES:
        raise RulePackError(file, 0, "rule", f"more than {MAX_RULES} rules")
    header, calendars, rules = parse_document(untrusted_doc, Reader(file, locator))
    return RulePack(
        id=header.id,
        version=header.version,
        title=header.title,
        description=header.description,
        rules=rules,
        calendars=calendars,
        file=file,
    )


def load_pack(path: Path | Traversable) -> RulePack:
    """Read and validate a pack file (a path, or a resource inside the installed package)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulePackError(name, 0, "(file)", f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_PACK_BYTES:
        raise RulePackError(name, 0, "(file)", f"larger than {MAX_PACK_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulePackError(name, 0, "(file)", f"not UTF-8 (byte {exc.start})") from None
    return loads_pack(text, name)


def core_pack_path() -> Path | Traversable:
    """The core pack, from the package `safecase.resources` (the top-level resources/ mapped
    into the wheel; an editable install maps the same directory)."""
    return resources.files("safecase.resources") / "rules" / "core.toml"


def load_core_pack() -> RulePack:
    return load_pack(core_pack_path())


@dataclass(frozen=True, slots=True)
class RuleChange:
    rule_id: str
    fields: tuple[str, ...]  # Rule attribute names whose values differ
    old: Rule
    new: Rule


@dataclass(frozen=True, slots=True)
class PackDiff:
    old_version: str
    new_version: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[RuleChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _rule_fields() -> Iterable[str]:
    return (f.name for f in dataclasses.fields(Rule) if f.compare)


def diff_packs(old: RulePack, new: RulePack) -> PackDiff:
    """Rules added, removed and changed (with the changed fields) from `old` to `new`."""
    old_ids = {r.id for r in old.rules}
    new_ids = {r.id for r in new.rules}
    changed: list[RuleChange] = []
    for rule in new.rules:
        before = old.find(rule.id)
        if before is None:
            continue
        names = tuple(n for n in _rule_fields() if getattr(before, n) != getattr(rule, n))
        if names:
            changed.append(RuleChange(rule.id, names, before, rule))
    return PackDiff(
        old_version=old.version,
        new_version=new.version,
        added=tuple(r.id for r in new.rules if r.id not in old_ids),
        removed=tuple(r.id for r in old.rules if r.id not in new_ids),
        changed=tuple(changed),
    )
