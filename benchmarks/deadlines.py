"""Deadlines benchmark: 50,000 computed deadlines across 10,000 cases in a real (encrypted)
vault; how long it takes to recompute all of them from their rules, and to find the
reminders due in the next 24 hours.

Run: ``.venv/bin/python benchmarks/deadlines.py [--runs 5] [--out DIR] [--cases 10000]
[--deadlines 50000]``. Targets on the 2-core reference machine: recompute all <= 2 s, due in
the next 24 hours <= 20 ms.

How figures are taken: the vault is built once through the services, as the app does it:
cases across jurisdictions and kinds, deadlines created from the rules that fit each case
(chains included, the registration date given only when the engine asks for it, each
deadline entered on its trigger day), the reminder schedules indexed, and one catch-up check
so that what was due before "now" has fired (those one-off costs are printed too). Each
measurement then runs in a fresh process, ``--runs`` times, after the database's pages were
dropped from the OS cache (``posix_fadvise(DONTNEED)``): the figures are cold, the median
with min and max. The KDF is excluded: the measuring process opens the store with the raw
data key, as SafeCase does after deriving it.

"Recompute all" is the pack-update check: every open computed deadline is computed again from
its stored inputs and compared with what was saved; it writes nothing. Deadlines with
identical inputs are computed once (the engine is a pure function of them); the engine cost
without that de-duplication is printed beside it. All data is generated and fictional.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from safecase.crypto.kdf import KdfParams
from safecase.domain import records as r
from safecase.domain.clock import FakeClock
from safecase.domain.deadlines import Computation, DeadlineComputationError, Rule, TriggerKind
from safecase.services import vault as vault_service
from safecase.services.deadline_rules import RuleService
from safecase.services.records import RecordsService
from safecase.services.reminders import ReminderService
from safecase.services.rule_triggers import StoredTrigger
from safecase.storage import connection as dbconn
from safecase.storage.transaction import transaction

BENCH_KDF = KdfParams(memory_kib=8 * 1024, time_cost=1, lanes=1)  # excluded from every figure
PASSPHRASE = "benchmark passphrase, fictional data only"  # noqa: S105 - a throwaway vault
NOW = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
FIRST_TRIGGER = date(2024, 6, 1)
TRIGGER_DAYS = 3 * 365
CASEWORKER_ZONE = "Europe/Warsaw"
BATCH = 500
# (jurisdiction, case kind, share of the cases)
CASE_MIX = [
    ("PL", r.CaseKind.ASYLUM_APPEAL, 0.25), ("AT", r.CaseKind.ASYLUM_APPEAL, 0.2),
    ("AT", r.CaseKind.DUBLIN_PROCEDURE, 0.1), ("PL", r.CaseKind.DUBLIN_PROCEDURE, 0.1),
    ("KZ", r.CaseKind.EXTRADITION_DETENTION, 0.1), ("ECHR", r.CaseKind.ECTHR_APPLICATION, 0.1),
    ("UZ", r.CaseKind.UN_COMMUNICATION, 0.05), ("PL", r.CaseKind.RESIDENCE_PERMIT, 0.1),
]  # fmt: skip
TARGETS = {
    "recompute_all_s": 2.0, "recompute_all_warm_s": 2.0, "due_24h_ms": 20.0,
    "due_24h_warm_ms": 20.0,
}  # fmt: skip


def _trigger(rule: Rule, rng: random.Random) -> tuple[date | datetime, date]:
    """A trigger in the three years around NOW, and a registration date before it."""
    day = FIRST_TRIGGER + timedelta(days=rng.randrange(TRIGGER_DAYS))
    registration = day - timedelta(days=rng.randrange(10, 200))
    trigger: date | datetime = day
    if rule.trigger_kind is TriggerKind.MOMENT:
        trigger = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60),
                           tzinfo=ZoneInfo(rule.zone))  # fmt: skip
    return trigger, registration


def _preview(
    rules: RuleService,
    rule: Rule,
    trigger: date | datetime,
    variant: str | None,
    registration: date,
) -> tuple[Computation, dict[str, date], int]:
    """As the dialog does it: the registration date only when the engine asks for it."""
    key_dates: dict[str, date] = {}
    try:
        c = rules.preview(rule.id, trigger, variant)
    except DeadlineComputationError as exc:
        if exc.field != "key_dates.registration":
            raise
        key_dates = {"registration": registration}
        c = rules.preview(rule.id, trigger, variant, key_dates=key_dates)
    nodes = len(rules.preview_chain(rule.id, trigger, variant, key_dates=key_dates).nodes)
    return c, key_dates, nodes


def build(out: Path, cases: int, deadlines: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    started = time.perf_counter()
    vault, _ = vault_service.create(out / "vault", bytearray(PASSPHRASE.encode()), kdf=BENCH_KDF)
    key_file = out / "enc.key"
    key_file.write_bytes(bytes(vault.data_key_copy()))
    key_file.chmod(0o600)
    clock = FakeClock(NOW)
    records = RecordsService(vault.conn, clock)
    rules = RuleService(vault.conn, records, clock)
    weights = [w for _, _, w in CASE_MIX]
    made, refused = 0, 0
    per_case = max(1, deadlines // cases)
    with transaction(vault.conn):
        for index in range(cases):
            if index and index % BATCH == 0:
                vault.conn.execute("COMMIT")
                vault.conn.execute("BEGIN IMMEDIATE")
            where, kind, _ = rng.choices(CASE_MIX, weights)[0]
            case = r.Case(f"Fictional case {index}", kind, jurisdiction=where,
                          references=[f"REF-{index:05d}"])  # fmt: skip
            records.create(case)
            choices = rules.rules_for_case(case.id)
            want = per_case if index < cases - 1 else deadlines - made
            while want > 0 and made < deadlines:
                rule = rng.choice(choices)
                trigger, registration = _trigger(rule, rng)
                variant = None
                if rule.variants and rng.random() < 0.1:
                    variant = rng.choice(rule.variants).id
                # Entered on the day the decision arrived: its reminders start from then.
                clock.set_wall(datetime(trigger.year, trigger.month, trigger.day, 12, tzinfo=UTC))
                try:
                    c, key_dates, chain = _preview(rules, rule, trigger, variant, registration)
                    if chain > want:
                        continue
                    rules.create_deadline(case.id, None, c, None, True, key_dates=key_dates)
                except DeadlineComputationError:
                    refused += 1
                    continue
                made += chain
                want -= chain
    built_s = time.perf_counter() - started
    reminders = ReminderService(vault.conn, records, FakeClock(NOW), CASEWORKER_ZONE)
    started = time.perf_counter()
    indexed = reminders.refresh()
    index_s = time.perf_counter() - started
    started = time.perf_counter()  # the app has been running: what was due has fired
    caught_up = len(reminders.check(NOW - timedelta(minutes=1)).alerts)
    catch_up_s = time.perf_counter() - started
    counts = {
        "cases": records.count(r.RecordKind.CASE),
        "deadlines": records.count(r.RecordKind.DEADLINE),
        "scheduled_reminders_left": vault.conn.execute(
            "SELECT count(*) FROM reminder_schedule"
        ).fetchone()[0],
    }
    vault.close()
    return {"build_s": built_s, "schedule_index_s": index_s, "indexed": indexed,
            "first_catch_up_s": catch_up_s, "first_catch_up_alerts": caught_up,
            "refused_inputs": refused, **counts}  # fmt: skip


def drop_cache(path: Path) -> None:
    for candidate in path.parent.iterdir():
        if candidate.name.startswith(path.name):
            fd = os.open(candidate, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def measure(out: Path) -> dict[str, float]:
    """One fresh process: open with the raw key, recompute all, find the next 24 hours."""
    db = vault_service.VaultPaths(out / "vault").db
    drop_cache(db)
    conn = dbconn.open_encrypted(db, bytearray((out / "enc.key").read_bytes()))
    clock = FakeClock(NOW)
    records = RecordsService(conn, clock)
    figures: dict[str, float] = {}
    reminders = ReminderService(conn, records, clock, CASEWORKER_ZONE)
    started, cpu = time.perf_counter(), time.process_time()
    due = reminders.due_within(24)
    figures["due_24h_ms"] = _ms(started)
    figures["due_24h_cpu_ms"] = (time.process_time() - cpu) * 1000
    figures["due_24h_count"] = len(due)
    warm = []
    for _ in range(20):
        started = time.perf_counter()
        reminders.due_within(24)
        warm.append(_ms(started))
    figures["due_24h_warm_ms"] = statistics.median(warm)
    started = time.perf_counter()
    figures["upcoming_times_14d_count"] = len(reminders.upcoming_times(timedelta(days=14)))
    figures["upcoming_times_14d_ms"] = _ms(started)
    conn.execute("BEGIN IMMEDIATE")  # a timer tick's check, rolled back so runs are alike
    started = time.perf_counter()
    figures["check_alerts"] = len(reminders.check(NOW + timedelta(minutes=30)).alerts)
    figures["check_ms"] = _ms(started)
    conn.execute("ROLLBACK")
    started = time.perf_counter()
    rules = RuleService(conn, records, clock)
    figures["rule_service_open_s"] = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    report = rules.recompute_all()
    figures["recompute_all_s"] = time.perf_counter() - started
    figures["recompute_all_cpu_s"] = time.process_time() - cpu
    started = time.perf_counter()
    rules.recompute_all()
    figures["recompute_all_warm_s"] = time.perf_counter() - started
    figures["checked"] = report.checked
    figures["engine_runs"] = report.computed
    figures["changes"] = len(report.changes)
    started = time.perf_counter()
    figures["engine_no_dedupe_runs"] = _engine_without_dedupe(conn, rules)
    figures["engine_no_dedupe_s"] = time.perf_counter() - started
    conn.close()
    return figures


def _engine_without_dedupe(conn: dbconn.Connection, rules: RuleService) -> int:
    """The raw engine cost: compute every stored trigger, identical or not."""
    rows = conn.execute(
        'SELECT "trigger" FROM deadline_digest '
        "WHERE origin = 'computed' AND status = 'open' AND live = 1"
    ).fetchall()
    for (text,) in rows:
        inputs = StoredTrigger.loads(text).inputs
        with contextlib.suppress(DeadlineComputationError):
            rules.preview(inputs.rule_id, inputs.trigger, inputs.variant,
                          key_dates=inputs.key_dates, zone=inputs.zone)  # fmt: skip
    return len(rows)


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description="SafeCase deadlines benchmark")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--deadlines", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=20260115)
    parser.add_argument("--out", type=Path, help="keep the vault here (reused if present)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.stdout.write(json.dumps(measure(args.measure)) + "\n")
        return 0
    with tempfile.TemporaryDirectory(prefix="safecase-bench-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        if not (out / "enc.key").exists():
            print(json.dumps(build(out, args.cases, args.deadlines, args.seed), indent=2))
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--measure", str(out)],
                capture_output=True, text=True, check=True, timeout=600,
            )  # fmt: skip
            runs.append(json.loads(done.stdout))
        load = os.getloadavg()[0]
        print(f"\n{args.runs} runs, each in a fresh process, cold cache; median (min–max); "
              f"load average {load:.2f} on {os.cpu_count()} CPUs")  # fmt: skip
        for key in runs[0]:
            values = [float(run[key]) for run in runs]
            mark = ""
            if (target := TARGETS.get(key)) is not None:
                verdict = "met" if statistics.median(values) <= target else "MISSED"
                mark = f"   target <= {target}: {verdict}"
            print(f"  {key:28} {_summary(values)}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
