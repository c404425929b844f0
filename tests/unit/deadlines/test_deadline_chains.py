"""Chains: a computed date triggers the next rule; recomputation reports which dates moved."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from safecase.domain.deadlines import (
    ChangeKind,
    Confidence,
    DeadlineComputationError,
    Offset,
    RulePack,
    Suspension,
    Unit,
    compute_chain,
    load_core_pack,
    recompute_chain,
)

CORE = load_core_pack()


def test_tacit_acceptance_starts_the_transfer_period() -> None:
    chain = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    assert [n.path for n in chain.nodes] == [
        ("dublin3.take_charge.reply",),
        ("dublin3.take_charge.reply", "dublin3.transfer"),
    ]
    reply, transfer = (n.computation for n in chain.nodes)
    assert reply.due == date(2026, 1, 14)
    assert transfer.trigger == date(2026, 1, 14)
    assert transfer.due == date(2026, 7, 14)
    assert transfer.trace[0].startswith("Chained: triggered by dublin3.take_charge.reply")
    assert chain.root is reply


def test_chain_with_variants_on_each_rule() -> None:
    chain = compute_chain(
        CORE,
        "dublin3.take_back.reply",
        date(2026, 1, 30),
        variants={"dublin3.take_back.reply": "eurodac", "dublin3.transfer": "absconding"},
    )
    reply, transfer = (n.computation for n in chain.nodes)
    assert reply.due == date(2026, 2, 13)
    assert transfer.due == date(2027, 8, 13)
    assert transfer.variant == "absconding"


def test_chain_with_a_suspended_child() -> None:
    chain = compute_chain(
        CORE,
        "dublin3.take_charge.reply",
        date(2025, 11, 14),
        suspensions={"dublin3.transfer": [Suspension(date(2026, 2, 2), date(2026, 4, 30))]},
    )
    assert chain.nodes[1].computation.due == date(2026, 10, 30)


def test_chain_crossing_into_the_pact_asks_for_the_registration_date() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute_chain(CORE, "dublin3.take_charge.reply", date(2026, 5, 15))
    assert caught.value.field == "key_dates.registration"
    chain = compute_chain(
        CORE, "dublin3.take_charge.reply", date(2026, 5, 15),
        key_dates={"registration": date(2026, 4, 1)},
    )  # fmt: skip
    assert chain.nodes[1].computation.rule_id == "dublin3.transfer"
    assert chain.nodes[1].computation.due == date(2027, 1, 15)


def test_unknown_root_rule() -> None:
    with pytest.raises(DeadlineComputationError) as caught:
        compute_chain(CORE, "no.such.rule", date(2026, 1, 1))
    assert caught.value.field == "rule"


def test_same_inputs_nothing_moved() -> None:
    first = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    again = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    assert recompute_chain(first, again) == ()


def test_new_trigger_moves_the_whole_chain() -> None:
    old = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    new = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 17))
    changes = recompute_chain(old, new)
    assert [c.kind for c in changes] == [ChangeKind.MOVED, ChangeKind.MOVED]
    assert changes[1].describe() == (
        "dublin3.take_charge.reply > dublin3.transfer: 2026-07-14 -> 2026-07-17"
    )


def test_variant_change_moves_only_the_child() -> None:
    old = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    new = compute_chain(
        CORE, "dublin3.take_charge.reply", date(2025, 11, 14),
        variants={"dublin3.transfer": "imprisonment"},
    )  # fmt: skip
    changes = recompute_chain(old, new)
    assert len(changes) == 1
    assert changes[0].path[-1] == "dublin3.transfer"
    assert changes[0].old is not None and changes[0].new is not None
    assert (changes[0].old.due, changes[0].new.due) == (date(2026, 7, 14), date(2027, 1, 14))


def _with_rule(pack: RulePack, rule_id: str, **changes: object) -> RulePack:
    rules = tuple(dataclasses.replace(r, **changes) if r.id == rule_id else r for r in pack.rules)
    return dataclasses.replace(pack, version="next", rules=rules)


def test_pack_update_reports_moved_and_confidence_changes() -> None:
    old = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    longer = _with_rule(CORE, "dublin3.take_charge.reply", offset=Offset(3, Unit.MONTHS))
    moved = recompute_chain(
        old, compute_chain(longer, "dublin3.take_charge.reply", date(2025, 11, 14))
    )
    assert {c.kind for c in moved} == {ChangeKind.MOVED}
    weaker = _with_rule(CORE, "dublin3.transfer", confidence=Confidence.MEDIUM)
    changes = recompute_chain(
        old, compute_chain(weaker, "dublin3.take_charge.reply", date(2025, 11, 14))
    )
    assert [c.kind for c in changes] == [ChangeKind.CONFIDENCE]
    assert "confidence high -> medium" in changes[0].describe()


def test_children_added_and_removed() -> None:
    old = compute_chain(CORE, "dublin3.take_charge.reply", date(2025, 11, 14))
    childless = _with_rule(CORE, "dublin3.take_charge.reply", children=())
    new = compute_chain(childless, "dublin3.take_charge.reply", date(2025, 11, 14))
    removed = recompute_chain(old, new)
    assert [c.kind for c in removed] == [ChangeKind.REMOVED]
    assert "no longer computed" in removed[0].describe()
    added = recompute_chain(new, old)
    assert [c.kind for c in added] == [ChangeKind.ADDED]
    assert "new date 2026-07-14" in added[0].describe()
