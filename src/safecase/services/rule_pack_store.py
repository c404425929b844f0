"""Organisation rule packs kept in the vault, and the active rules they resolve to.

Rules carried here:
- every imported version of a pack is kept, as its validated TOML text, in the encrypted store;
  a stored pack that no longer validates (a newer SafeCase may be stricter) is left out and
  named in `problems`;
- the active rules are the core pack, overlaid by the latest version of each organisation pack
  (the most recently imported pack wins), then by what the caseworker decided on an update,
  kept per rule in `rule_pins`;
- the core pack cannot be replaced, and a pack's version cannot be imported again with other
  content;
- the active rules must hold together: validity windows hand over exactly once across packs,
  and every child or successor a rule names is among them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from safecase.domain.deadlines import PackDiff, Rule, RulePack, RulePackError, loads_pack
from safecase.domain.deadlines.toml_locator import Locator
from safecase.domain.errors import ValidationError
from safecase.services.deadline_changes import DeadlineChange
from safecase.storage.connection import Connection

CORE_PACK_ID = "core"

Pin = tuple[str | None, str | None]
"""The (pack id, version) a rule is held at; (None, None) keeps the rule out."""


@dataclass(frozen=True, slots=True)
class PackImport:
    """A validated pack, what it would change, and which open deadlines would move."""

    pack: RulePack
    untrusted_text: str  # validated, kept to store on apply
    diff: PackDiff
    changes: tuple[DeadlineChange, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return (*self.diff.added, *self.diff.removed, *(c.rule_id for c in self.diff.changed))


@dataclass(frozen=True, slots=True)
class StoredPackInfo:
    pack_id: str
    version: str
    title: str
    imported_at: str
    rules: int


@dataclass(frozen=True, slots=True)
class PackOverlay:
    """The active rules if a pack were stored, and what storing it takes."""

    pack: RulePack
    rules: RulePack  # the active rules with the pack
    previous: RulePack | None  # the latest stored version of the same pack
    seq: int  # the pack's place in the import order
    fresh: frozenset[str]  # its rules and its previous version's: earlier pins on them go


class RulePackStore:
    """The `rule_packs` and `rule_pins` tables, and the active rules they resolve to."""

    def __init__(self, conn: Connection, core: RulePack) -> None:
        self._conn = conn
        self.core = core
        self.problems: list[str] = []  # stored packs that no longer validate (names only)

    def active(self) -> RulePack:
        return self._resolve(self._packs(), self._pins())

    def _packs(self) -> list[tuple[int, RulePack]]:
        packs: list[tuple[int, RulePack]] = []
        problems: list[str] = []
        rows = self._conn.execute(
            "SELECT pack_id, version, toml, seq FROM rule_packs ORDER BY seq"
        ).fetchall()
        for pack_id, version, text, seq in rows:
            try:
                packs.append((int(seq), loads_pack(text, f"{pack_id}-{version}.toml")))
            except RulePackError as exc:  # a newer SafeCase may validate more strictly
                problems.append(str(exc))
        self.problems = problems
        return packs

    def _pins(self) -> dict[str, Pin]:
        rows = self._conn.execute("SELECT rule_id, pack_id, version FROM rule_pins").fetchall()
        return {rule_id: (pack_id, version) for rule_id, pack_id, version in rows}

    def _resolve(self, stored: Sequence[tuple[int, RulePack]], pins: Mapping[str, Pin]) -> RulePack:
        """Core rules, overlaid by the latest version of each organisation pack (the most
        recently imported pack wins), then the caseworker's pins."""
        chosen: dict[str, Rule] = {rule.id: rule for rule in self.core.rules}
        latest: dict[str, tuple[int, RulePack]] = {}
        for seq, pack in stored:
            latest[pack.id] = (seq, pack)
        for _, pack in sorted(latest.values(), key=lambda item: item[0]):
            chosen.update((rule.id, rule) for rule in pack.rules)
        versions = {(pack.id, pack.version): pack for _, pack in stored}
        for rule_id, (pack_id, version) in pins.items():
            source = (
                self.core
                if pack_id == CORE_PACK_ID
                else versions.get((pack_id or "", version or ""))
            )
            pinned = source.find(rule_id) if source is not None else None
            if pinned is None:
                chosen.pop(rule_id, None)
            else:
                chosen[rule_id] = pinned
        label = " + ".join(
            [f"{self.core.id} {self.core.version}"]
            + [f"{p.id} {p.version}" for _, p in sorted(latest.values(), key=lambda i: i[0])]
        )
        return RulePack(
            id="active",
            version=label,
            title="Active deadline rules",
            description="The core rules and the organisation's own rule packs.",
            rules=tuple(chosen.values()),
        )

    def infos(self) -> list[StoredPackInfo]:
        rows = self._conn.execute(
            "SELECT pack_id, version, toml, imported_at FROM rule_packs ORDER BY seq"
        ).fetchall()
        found = []
        for pack_id, version, text, imported_at in rows:
            try:
                pack = loads_pack(text, f"{pack_id}-{version}.toml")
            except RulePackError:
                continue
            found.append(StoredPackInfo(pack_id, version, pack.title, imported_at, len(pack.rules)))
        return found

    def check_new(self, pack: RulePack, untrusted_text: str, file: str) -> None:
        """RulePackError when `pack` would replace the core pack, or a stored version of it
        with other content."""
        if pack.id == CORE_PACK_ID:
            line = Locator(untrusted_text).line_of(("pack", "id"))
            raise RulePackError(file, line, "pack.id", "the core pack cannot be replaced")
        row = self._conn.execute(
            "SELECT toml FROM rule_packs WHERE pack_id = ? AND version = ?",
            (pack.id, pack.version),
        ).fetchone()
        if row is not None and row[0] != untrusted_text:
            line = Locator(untrusted_text).line_of(("pack", "version"))
            raise RulePackError(
                file, line, "pack.version", "this version was imported with other content"
            )

    def overlay(self, pack: RulePack, decisions: Mapping[str, Pin] | None = None) -> PackOverlay:
        """The active rules if `pack` were stored: earlier choices on its rules (and on its
        previous version's) are asked again, so only `decisions` pin them."""
        stored = self._packs()
        previous = [p for _, p in stored if p.id == pack.id]
        fresh = frozenset(
            rule.id for rule in (*pack.rules, *(previous[-1].rules if previous else ()))
        )
        pins = {k: v for k, v in self._pins().items() if k not in fresh} | dict(decisions or {})
        seq = max((s for s, _ in stored), default=0) + 1
        kept = [(s, p) for s, p in stored if (p.id, p.version) != (pack.id, pack.version)]
        rules = self._resolve([*kept, (seq, pack)], pins)
        return PackOverlay(pack, rules, previous[-1] if previous else None, seq, fresh)

    def save(
        self,
        overlay: PackOverlay,
        untrusted_text: str,
        decisions: Mapping[str, Pin],
        imported_at: str,
    ) -> None:
        """Store the overlay's pack (`untrusted_text`, validated) and the caseworker's
        decisions on its rules; inside the caller's transaction."""
        pack = overlay.pack
        self._conn.execute(
            "INSERT INTO rule_packs(pack_id, version, toml, imported_at, seq) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(pack_id, version) DO UPDATE SET seq = ?",
            (pack.id, pack.version, untrusted_text, imported_at, overlay.seq, overlay.seq),
        )
        marks = ",".join("?" * len(overlay.fresh))
        self._conn.execute(
            f"DELETE FROM rule_pins WHERE rule_id IN ({marks})",  # noqa: S608 - marks only
            sorted(overlay.fresh),
        )
        self._conn.executemany(
            "INSERT INTO rule_pins(rule_id, pack_id, version) VALUES (?, ?, ?)",
            [(k, p, v) for k, (p, v) in decisions.items()],
        )


def check_lineages(rules: RulePack, pack: RulePack, untrusted_text: str, file: str) -> None:
    """Validity windows must still hand over exactly once the pack is laid over the others
    (the pack validator checks this inside one pack only); a gap or an overlap between an
    organisation's rule and a core rule would leave dates under no rule, or under two."""
    ours = {rule.id: index for index, rule in enumerate(pack.rules)}
    locator = Locator(untrusted_text)
    for rule in rules.rules:
        nxt = rules.find(rule.successor) if rule.successor else None
        if rule.successor is None or (rule.id not in ours and (nxt is None or nxt.id not in ours)):
            continue
        problem = ""
        if nxt is None:
            problem = f"{rule.id}: its successor {rule.successor} is not among the active rules"
        elif rule.window is None or rule.window.valid_until is None:
            problem = f"{rule.id}: a rule with a successor needs a window with valid_until"
        elif nxt.window is None or nxt.window.key != rule.window.key:
            problem = f"{nxt.id} needs a window on the same key date as {rule.id}"
        elif nxt.window.valid_from != rule.window.valid_until + timedelta(days=1):
            problem = f"{nxt.id} must be valid from the day after {rule.id}'s valid_until"
        elif (nxt.trigger_kind, nxt.zone) != (rule.trigger_kind, rule.zone):
            problem = f"{nxt.id} must have the trigger_kind and zone of {rule.id}"
        if problem:
            index = ours.get(rule.id, ours.get(nxt.id if nxt else "", 0))
            line = locator.line_of(("rule", index, "window"))
            raise RulePackError(file, line, f"rule[{index}].window", problem)


def check_references(rules: RulePack, accepted: set[str]) -> None:
    """Every child and successor a rule names must be among the active rules."""
    for rule in rules.rules:
        for needed in (*rule.children, *((rule.successor,) if rule.successor else ())):
            if rules.find(needed) is None:
                what = "accept" if rule.id in accepted else "keep"
                raise ValidationError(
                    "accepted", f"to {what} rule {rule.id}, also accept rule {needed}"
                )
