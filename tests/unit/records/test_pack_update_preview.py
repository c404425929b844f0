"""RuleService.preview_pack_update: what an update with some changes accepted would move,
exactly as applying it then moves it (chains included), with nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_case
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.domain.deadlines import core_pack_path
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from unit.records.test_deadline_rules_service import org_pack


def _core_rules(first: str, stop: str) -> str:
    """The core pack's rules from `first` up to (not including) `stop`, as TOML."""
    text = Path(str(core_pack_path())).read_text("utf-8")
    return text[text.index(f'[[rule]]\nid = "{first}"') : text.index(f'[[rule]]\nid = "{stop}"')]


# The reply period shortened; a pack names the rules its chain and lineage lead to, so the
# transfer rules come along unchanged.
TAKE_CHARGE = (
    '[pack]\nid = "dublin-desk"\nversion = "1"\ntitle = "Dublin desk"\n\n'
    + _core_rules("dublin3.take_charge.reply", "dublin3.take_back.reply").replace(
        'offset = "2 months"', 'offset = "1 month"', 1
    )
    + _core_rules("dublin3.transfer", "ammr.transfer.appeal")
)


@pytest.fixture
def rules(records: RecordsService, clock: FakeClock) -> RuleService:
    return RuleService(records._conn, records, clock)


def _total_changes(records: RecordsService) -> int:
    return int(records._conn.execute("SELECT total_changes()").fetchone()[0])


def test_the_preview_of_a_choice_is_what_applying_it_moves(
    rules: RuleService, records: RecordsService
) -> None:
    case = make_case()
    records.create(case)
    deadline = rules.create_deadline(
        case.id, None, rules.preview("pl.refugee_board.appeal", date(2026, 9, 1))
    )
    proposal = rules.import_pack(org_pack(), "ours.toml")
    written = _total_changes(records)
    declined = rules.preview_pack_update(proposal, ["org.shelter.review"])
    assert declined.changes == ()
    accepted = rules.preview_pack_update(proposal, ["pl.refugee_board.appeal"])
    assert _total_changes(records) == written  # nothing written
    assert rules.rule("pl.refugee_board.appeal").origin.id == "core"  # type: ignore[union-attr]
    applied = rules.apply_pack_update(proposal, ["pl.refugee_board.appeal"])
    assert accepted.moved == applied.moved
    assert [(c.deadline_id, c.new_due) for c in applied.moved] == [(deadline.id, date(2026, 9, 8))]


def test_the_next_deadline_of_a_chain_moves_with_its_accepted_rule(
    rules: RuleService, records: RecordsService
) -> None:
    case = make_case(jurisdiction="AT", kind=r.CaseKind.DUBLIN_PROCEDURE)
    records.create(case)
    reply = rules.create_deadline(
        case.id, None, rules.preview("dublin3.take_charge.reply", date(2025, 3, 3))
    )
    proposal = rules.import_pack(TAKE_CHARGE, "dublin.toml")
    assert [c.rule_id for c in proposal.diff.changed] == ["dublin3.take_charge.reply"]
    assert proposal.diff.added == proposal.diff.removed == ()
    preview = rules.preview_pack_update(proposal, ["dublin3.take_charge.reply"])
    moved = {c.new_rule_id: (c.old_due, c.new_due) for c in preview.moved}
    assert moved == {
        "dublin3.take_charge.reply": (date(2025, 5, 3), date(2025, 4, 3)),
        "dublin3.transfer": (date(2025, 11, 3), date(2025, 10, 3)),  # not a rule it changes
    }
    assert rules.preview_pack_update(proposal, []).changes == ()
    applied = rules.apply_pack_update(proposal, ["dublin3.take_charge.reply"])
    assert applied.moved == preview.moved
    assert records.get_typed(reply.id, r.Deadline).due == "2025-04-03"
