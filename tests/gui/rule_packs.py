"""An organisation's rule pack as the GUI tests and the screen tour use it (real TOML, as an
organisation would send it), and open deadlines it moves. Not fixtures."""

from __future__ import annotations

from datetime import date

from safecase.domain import records as r
from safecase.services.deadline_rules import RuleService
from unit.records.test_deadline_rules_service import org_pack

# A second change, to a less certain rule: it starts unticked and is marked unverified.
_WSA = """
[[rule]]
id = "pl.wsa.complaint"
title = "Complaint to the Voivodeship Administrative Court (our reading)"
trigger = "date the Refugee Board's decision was served"
trigger_kind = "date"
zone = "Europe/Warsaw"
offset = "21 days"
roll = "forward"
calendar = "pl"
act = "dispatch"
source = "a partner's note, not yet read against PPSA art. 53"
confidence = "unverified"
checked = 2026-11-01
jurisdictions = ["PL"]
case_kinds = ["asylum_appeal"]
"""


def our_pack(version: str = "1") -> str:
    """Changes pl.refugee_board.appeal (14 -> 7 days, medium -> high: starts ticked), adds
    org.shelter.review (starts ticked), changes pl.wsa.complaint (30 -> 21 days, high ->
    unverified: starts unticked)."""
    return org_pack(version) + _WSA


def broken_pack() -> str:
    return our_pack().replace('offset = "7 days"', 'offset = "7 fortnights"')


def pl_deadlines(rules: RuleService, case_id: str) -> tuple[r.Deadline, r.Deadline]:
    """An appeal the refugee-board change moves (2026-09-15 -> 2026-09-08), and a complaint
    the court change moves (2026-10-05 -> 2026-09-24)."""
    appeal = rules.create_deadline(
        case_id, None, rules.preview("pl.refugee_board.appeal", date(2026, 9, 1))
    )
    complaint = rules.create_deadline(
        case_id, None, rules.preview("pl.wsa.complaint", date(2026, 9, 3))
    )
    return appeal, complaint
