"""T5 — kill -9 during commits, key-file rewrites (passphrase change), backups, restores and
data-key rotations (rekey). After every kill: the vault opens (with the old or the new secret),
passes every integrity check, holds every commit the worker acknowledged, every backup file at
its final name verifies, and no temporary file survives the next run.
Pass: 0 corrupt, 0 acknowledged-but-lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from kill_helpers import A, Tally, check_vault, kill_after, new_vault, run_secret_change, start
from security_helpers import RecordSecurity, counts

from safecase.crypto import age
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.services.restore import remove_stale_staging
from safecase.storage.snapshot import facts


def run_commits(root: Path, rng: random.Random, tally: Tally) -> None:
    acked = kill_after(start("commits", root), lines=rng.randrange(1, 30))
    tally.kills += 1
    vault = check_vault(root, tally, "commits")
    if vault is not None:
        with vault:
            ids = {row[0] for row in vault.conn.execute("SELECT id FROM acked")}
        missing = {int(a) for a in acked} - ids
        if missing:
            tally.lost.append(f"commits: {len(missing)} acknowledged rows")


def run_backup(
    root: Path, out: Path, rng: random.Random, tally: Tally, identity: age.Identity
) -> None:
    acked = kill_after(start("backup", root, str(out)), delay_s=rng.uniform(0, 0.25))
    tally.kills += 1
    vault = check_vault(root, tally, "backup")
    if vault is not None:
        vault.close()
    for n in acked:
        path = out / f"b{n}.age"
        if not path.exists():
            tally.lost.append(f"backup: acknowledged {path.name} missing")
    for path in out.glob("b*.age"):
        try:
            backup.verify_backup(path, [identity])
        except Exception as exc:
            tally.corrupt.append(f"backup: {path.name} {type(exc).__name__}")
    backup.remove_stale_partials(out)  # what the next backup run does first


def run_restore(root: Path, source: Path, key: Path, rng: random.Random, tally: Tally, *,
                expected: dict[str, int]) -> None:  # fmt: skip
    kill_after(start("restore", root, str(source), str(key)), delay_s=rng.uniform(0, 0.4))
    tally.kills += 1
    vault = check_vault(root, tally, "restore")
    if vault is None:
        return
    with vault:
        if facts(vault.conn, 0).counts != expected:
            tally.lost.append("restore: records differ from the backup and the old vault")
    if list(root.parent.glob(".safecase-restore-*")):
        remove_stale_staging(root.parent)  # what the next restore does first


@pytest.mark.parametrize("rounds", counts(3, 21))
def test_t05_kill_during_every_kind_of_write(
    tmp_path: Path, rounds: int, record_security: RecordSecurity
) -> None:
    root = tmp_path / "vault"
    recovery = new_vault(root)
    identity = age.X25519Identity.from_str(recovery)
    key = tmp_path / "recovery.txt"
    key.write_text(recovery + "\n")
    out = tmp_path / "backups"
    out.mkdir()
    source = tmp_path / "source.age"
    with vault_service.unlock(root, bytearray(A.encode())) as vault:
        backup.create_backup(vault, source, [identity.recipient])
        expected = facts(vault.conn, 0).counts
    rng = random.Random(rounds)
    tally = Tally()
    for _ in range(rounds):
        run_commits(root, rng, tally)
    for _ in range(rounds):
        run_secret_change("passwd", root, rng, tally)
    for _ in range(rounds):
        run_secret_change("rotate", root, rng, tally)
    for _ in range(rounds):
        run_backup(root, out, rng, tally, identity)
    # The source backup was taken after `keep` was written and no records change above, so
    # old and restored vault hold the same records: either is a correct outcome of a kill.
    for _ in range(rounds):
        run_restore(root, source, key, rng, tally, expected=expected)
    record_security("T5", n=tally.kills, corrupt=len(tally.corrupt), lost=len(tally.lost))
    assert tally.corrupt == [] and tally.lost == []
    assert tally.kills == 5 * rounds
