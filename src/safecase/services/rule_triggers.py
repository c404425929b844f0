"""A computed deadline's inputs: the stored trigger they are kept in, and computing from them.

Rules carried here:
- a stored trigger is canonical JSON (sorted keys, no spaces) of format `TRIGGER_FORMAT`; one
  that cannot be read raises DeadlineComputationError rather than being guessed at;
- a trigger with a time is an aware moment (a naive one is refused), kept in its own zone;
- `chain_root` and `children` sort before every other key, so a chain's deadlines are told
  apart by how their stored text begins (`CHILD_PREFIX`, `ROOT_PREFIX`) without parsing it;
- a chained deadline's inputs are its parent's date with the chain's variants, key dates and
  zone (they describe the same case and authority).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from safecase.domain.deadlines import (
    Chain,
    Computation,
    DeadlineComputationError,
    RulePack,
    Suspension,
    compute,
    compute_chain,
)
from safecase.domain.deadlines.counting import local_moment
from safecase.domain.deadlines.engine import RuleSource

TRIGGER_FORMAT = 1
PATH_SEPARATOR = ">"
# Stored triggers are JSON with sorted keys, and these two keys sort before every other one.
CHILD_PREFIX = '{"chain_root":'
ROOT_PREFIX = '{"children":'


@dataclass(frozen=True, slots=True)
class RuleInputs:
    """What was entered for a computed deadline: enough to compute it again."""

    rule_id: str  # the rule asked for (a validity window may apply a linked one)
    trigger: date | datetime
    variants: Mapping[str, str] = dataclasses.field(default_factory=dict)  # by rule id
    key_dates: Mapping[str, date] = dataclasses.field(default_factory=dict)
    zone: str | None = None  # None: the rule's own authority zone
    suspensions: tuple[Suspension, ...] = ()  # of the first rule of the chain

    @property
    def variant(self) -> str | None:
        return self.variants.get(self.rule_id)


@dataclass(frozen=True, slots=True)
class StoredTrigger:
    """A computed deadline's inputs as its record keeps them, with the pack that computed it
    and its place in a chain (a first deadline lists the ids of those that follow from it)."""

    inputs: RuleInputs
    pack_id: str | None = None
    pack_version: str | None = None
    chain_root: str | None = None  # set on a deadline computed from another one's date
    path: tuple[str, ...] = ()
    children: Mapping[str, str] = dataclasses.field(default_factory=dict)  # path -> deadline id

    def dumps(self) -> str:
        inputs = self.inputs
        trigger = inputs.trigger
        doc: dict[str, Any] = {"format": TRIGGER_FORMAT, "rule": inputs.rule_id,
                               "trigger": trigger.isoformat()}  # fmt: skip
        if isinstance(trigger, datetime) and isinstance(trigger.tzinfo, ZoneInfo):
            doc["trigger_zone"] = trigger.tzinfo.key
        if inputs.variants:
            doc["variants"] = dict(inputs.variants)
        if inputs.key_dates:
            doc["key_dates"] = {k: v.isoformat() for k, v in inputs.key_dates.items()}
        if inputs.zone:
            doc["zone"] = inputs.zone
        if inputs.suspensions:
            doc["suspensions"] = [
                [s.paused.isoformat(), s.resumed.isoformat() if s.resumed else None]
                for s in inputs.suspensions
            ]
        if self.pack_id:
            doc["pack"], doc["pack_version"] = self.pack_id, self.pack_version
        if self.chain_root:
            doc["chain_root"], doc["path"] = self.chain_root, list(self.path)
        if self.children:
            doc["children"] = dict(self.children)
        return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str | None, deadline_id: str = "") -> StoredTrigger:
        """Parse a deadline's stored trigger; DeadlineComputationError when it is unusable."""
        try:
            doc = json.loads(text or "")
            if not isinstance(doc, dict) or doc.get("format") != TRIGGER_FORMAT:
                raise ValueError("unknown trigger format")
            raw_trigger = str(doc["trigger"])
            trigger: date | datetime
            if "T" in raw_trigger:
                trigger = datetime.fromisoformat(raw_trigger)
                if trigger.tzinfo is None:
                    raise ValueError("naive trigger")
                if doc.get("trigger_zone"):
                    trigger = trigger.astimezone(ZoneInfo(str(doc["trigger_zone"])))
            else:
                trigger = date.fromisoformat(raw_trigger)
            suspensions = tuple(
                Suspension(date.fromisoformat(p), date.fromisoformat(q) if q else None)
                for p, q in doc.get("suspensions", ())
            )
            key_dates = doc.get("key_dates")
            inputs = RuleInputs(
                str(doc["rule"]),
                trigger,
                _text_map(doc.get("variants")),
                {str(k): date.fromisoformat(v) for k, v in key_dates.items()} if key_dates else {},
                str(doc["zone"]) if doc.get("zone") else None,
                suspensions,
            )
            path = doc.get("path")
            return cls(
                inputs,
                doc.get("pack"),
                doc.get("pack_version"),
                doc.get("chain_root"),
                tuple(str(p) for p in path) if path else (),
                _text_map(doc.get("children")),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise DeadlineComputationError(
                deadline_id or "deadline", "trigger", "the stored trigger cannot be read"
            ) from exc


def _text_map(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if value else {}


def make_trigger(day: date, at: time | None = None, zone: str | None = None) -> date | datetime:
    """A date trigger, or with a time the moment in `zone` (in a DST gap or overlap: the
    earlier real instant, which can only make the deadline earlier)."""
    if at is None:
        return day
    if not zone:
        raise DeadlineComputationError("trigger", "trigger_zone", "a time needs its time zone")
    return local_moment(day, at, ZoneInfo(zone))


def child_inputs(inputs: RuleInputs, path: Sequence[str], trigger: date | datetime) -> RuleInputs:
    """A chained deadline's inputs: its parent's date, and the chain's variants, key dates
    and zone (they describe the same case and authority)."""
    rule_id = path[-1]
    variant = inputs.variants.get(rule_id)
    return RuleInputs(
        rule_id, trigger, {rule_id: variant} if variant else {}, inputs.key_dates, inputs.zone
    )


def without_children(trigger_text: str) -> str:
    """A chain root's stored trigger without its children map (ids unique to that chain):
    the canonical JSON begins with that map, and ids hold no braces."""
    if not trigger_text.startswith(ROOT_PREFIX):
        return trigger_text
    return trigger_text[trigger_text.index("}", len(ROOT_PREFIX)) + 1 :]


def path_key(path: Sequence[str]) -> str:
    return PATH_SEPARATOR.join(path)


def compute_from(
    inputs: RuleInputs, rules: RulePack, source: RuleSource | None = None
) -> Computation:
    """Compute one deadline from its inputs (`source`: a smaller RuleSource to consult)."""
    return compute(
        rules.get(inputs.rule_id), inputs.trigger, inputs.variant, inputs.suspensions,
        pack=source or rules, key_dates=inputs.key_dates, zone=inputs.zone,
    )  # fmt: skip


def chain_from(inputs: RuleInputs, rules: RulePack) -> Chain:
    """Compute a deadline from its inputs with every date that follows from it."""
    return compute_chain(
        rules, inputs.rule_id, inputs.trigger,
        variants=inputs.variants, suspensions={inputs.rule_id: inputs.suspensions},
        key_dates=inputs.key_dates, zone=inputs.zone,
    )  # fmt: skip
