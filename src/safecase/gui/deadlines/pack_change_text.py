"""The words for what a rule pack changes: one rule change (what, its source, how sure it is)
and one deadline that would move (its case, old date -> new date).

Rules carried here:
- an unverified rule is always named UNVERIFIED, with what that means; never shown as certain;
- the texts are plain, for list items: the pack's own words (titles, sources) are data and
  are shown as they are, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from safecase.domain.deadlines import ChangeKind, Confidence
from safecase.gui.deadlines.pack_review import MovingDeadline, RuleChangeKind, RuleChoice
from safecase.gui.models.date_display import DateDisplay
from safecase.gui.models.vocabulary import Vocabulary
from safecase.gui.translatable import translatable

_KINDS = {
    RuleChangeKind.ADDED: translatable("PackChangeText", "New rule: %s"),
    RuleChangeKind.REMOVED: translatable("PackChangeText", "Rule removed: %s"),
    RuleChangeKind.CHANGED: translatable("PackChangeText", "Rule changed: %s"),
}

# What a change touches, in words (Rule attribute names are not for people); the period,
# confidence and source are shown with their values instead.
_FIELDS = {
    "title": translatable("PackChangeText", "title"),
    "trigger": translatable("PackChangeText", "the date it asks for"),
    "trigger_kind": translatable("PackChangeText", "the date it asks for"),
    "zone": translatable("PackChangeText", "time zone"),
    "roll": translatable("PackChangeText", "what happens on a non-working day"),
    "calendar": translatable("PackChangeText", "non-working days"),
    "act": translatable("PackChangeText", "what must happen by the date"),
    "jurisdictions": translatable("PackChangeText", "where it applies"),
    "case_kinds": translatable("PackChangeText", "where it applies"),
    "window": translatable("PackChangeText", "the dates it applies to"),
    "successor": translatable("PackChangeText", "the dates it applies to"),
    "expiry_time": translatable("PackChangeText", "the time of day it ends"),
    "variants": translatable("PackChangeText", "special circumstances"),
    "children": translatable("PackChangeText", "the deadlines that follow from it"),
    "ambiguity": translatable("PackChangeText", "outer limit"),
    "suspension": translatable("PackChangeText", "pauses"),
    "reminder_days": translatable("PackChangeText", "reminders"),
    "notes": translatable("PackChangeText", "notes"),
    "checked": translatable("PackChangeText", "date last checked"),
}


class PackChangeText(QObject):
    """Made once per list (its texts follow the language at the time)."""

    @staticmethod
    def fill(text: str, *values: str) -> str:
        """%1, %2… replaced in one pass, so a value holding "%2" is never replaced again."""
        out, i = [], 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                index = int(text[i + 1]) - 1
                out.append(values[index] if index < len(values) else "")
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def confidence(self, value: Confidence) -> str:
        if value is Confidence.UNVERIFIED:
            return self.tr("UNVERIFIED")
        return Vocabulary.text(value).lower()

    def rule(self, choice: RuleChoice) -> str:
        """Several lines: what, the period and confidence, the source, what else changes,
        and a warning when the rule is unverified."""
        rule, old = choice.rule, choice.old
        title = self.tr(_KINDS[choice.kind]) % rule.title
        unverified = choice.kind is not RuleChangeKind.REMOVED and rule.needs_confirmation
        lines = [self.tr("UNVERIFIED – %s") % title if unverified else title]
        if old is not None and "offset" in choice.fields:
            period = self.fill(self.tr("Period: %1 → %2"), str(old.offset), str(rule.offset))
        else:
            period = self.tr("Period: %s") % rule.offset
        if old is not None and old.confidence is not rule.confidence:
            sure = self.fill(
                self.tr("Confidence: %1 → %2"),
                self.confidence(old.confidence),
                self.confidence(rule.confidence),
            )
        else:
            sure = self.tr("Confidence: %s") % self.confidence(rule.confidence)
        lines.append(f"{period}. {sure}.")
        lines.append(
            self.fill(self.tr("Source: %1 (checked %2)"), rule.source, rule.checked.isoformat())
        )
        if old is not None and "source" in choice.fields:
            lines.append(self.tr("Source until now: %s") % old.source)
        if others := sorted({self.tr(_FIELDS[f]) for f in choice.fields if f in _FIELDS}):
            lines.append(self.tr("Also changes: %s") % ", ".join(others))
        if choice.kind is RuleChangeKind.REMOVED:
            lines.append(self.tr("Deadlines computed by it would no longer follow from a rule."))
        elif unverified:
            lines.append(
                self.tr(
                    "Not checked against the law: check every date it gives yourself before "
                    "you rely on it."
                )
            )
        elif any(v.confidence is Confidence.UNVERIFIED for v in rule.variants):
            lines.append(
                self.tr(
                    "Some of its special circumstances are UNVERIFIED: check those dates yourself."
                )
            )
        return "\n".join(lines)

    def deadline(self, moving: MovingDeadline) -> str:
        """Two lines: how its date would move; the deadline, and its case or person."""
        c = moving.change
        old = DateDisplay.civil(c.old_due.isoformat() if c.old_due else None) or "—"
        new = DateDisplay.civil(c.new_due.isoformat() if c.new_due else None) or "—"
        if c.error:
            what = self.tr("Not moved automatically: check it yourself in Deadlines.")
        elif c.kind is ChangeKind.REMOVED:
            what = self.tr("Would no longer follow from a rule (withdrawn).")
        elif c.kind is ChangeKind.CONFIDENCE:
            what = self.fill(
                self.tr("Same date, %1; confidence %2 → %3."),
                old,
                self.confidence(Confidence(c.old_confidence or "unverified")),
                self.confidence(Confidence(c.new_confidence or "unverified")),
            )
        elif c.override_kept:
            what = self.fill(
                self.tr("Your date set by hand stays; the rule now gives %1 (before: %2)."),
                new,
                old,
            )
        elif c.days is not None and c.days < 0:
            what = self.fill(self.tr("%1 → %2, %3 earlier."), old, new, self._days(-c.days))
        elif c.days is not None and c.days > 0:
            what = self.fill(self.tr("%1 → %2, %3 later."), old, new, self._days(c.days))
        else:
            what = self.fill(self.tr("%1 → %2."), old, new)
        who = self.fill(self.tr("%1 – %2"), c.title, moving.owner) if moving.owner else c.title
        return f"{what}\n{who}"

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)
