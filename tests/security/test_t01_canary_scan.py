"""T1 — canary scan: after a full GUI journey, no form of any canary (or of the passphrase) is
in any file written anywhere — HOME and the XDG directories, the temp directories, /dev/shm,
the runtime directory, the working directory, the vault — nor in any file the process holds open
(SQLite unlinks its temp files right after creating them, so only /proc/self/fd shows a spill).

Positive controls prove the scanner finds what it must: a plain sqlite3 WAL file, and a
temp_store=FILE spill from a plain sqlite3 connection (found only through the open descriptor).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from journey import journey_canaries, run_journey
from pytestqt.qtbot import QtBot
from security_helpers import (
    RecordSecurity,
    canary_forms,
    cyrillic_canary,
    default_scan_roots,
    latin_canary,
    open_file_descriptors,
    scan,
    scan_start,
)

from safecase.gui.application import Application
from safecase.gui.session_controller import SessionController


def test_t01_no_canary_in_any_file_after_a_full_journey(
    app: Application, tmp_path: Path, qtbot: QtBot, record_security: RecordSecurity
) -> None:
    canaries = journey_canaries()
    passphrase_word = latin_canary()  # unique per run, like the canaries
    passphrase = f"{passphrase_word} harbour violet thimble"
    forms = {c: canary_forms(c) for c in canaries.all()}
    forms[passphrase_word] = canary_forms(passphrase_word)
    since = scan_start()
    roots = default_scan_roots(tmp_path)
    mid_scans = []

    def scan_while_unlocked(controller: SessionController) -> None:
        # While the store is open: any temp spill would be an open (deleted) file right now.
        mid_scans.append(scan(forms, open_files=True))

    facts = run_journey(app, tmp_path, canaries, passphrase, on_unlocked=scan_while_unlocked)
    assert facts.canary_seen_in_widgets, "the journey must really show the records"
    assert facts.search_hits > 0
    assert facts.ics_file is not None and facts.ics_file.exists()
    result = scan(forms, roots=roots, since=since, skip=(Path.cwd() / ".venv",))
    hits = result.hits + [h for s in mid_scans for h in s.hits]
    record_security("T1", n=result.files_scanned, hits=len(hits), bytes=result.bytes_scanned,
                    forms=sum(len(f) for f in forms.values()))  # fmt: skip
    seen = set(result.paths)
    for must in (
        facts.vault_dir / "vault.db",
        facts.vault_dir / "vault.keys",
        facts.backup_file,
        facts.ics_file,
    ):
        assert str(must) in seen, f"the scan must have read {must}"
    assert [(h.path, h.form) for h in hits] == []


def test_t01_positive_control_plain_sqlite_wal_is_found(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    canary = cyrillic_canary()
    since = scan_start()
    db = tmp_path / "control" / "plain.db"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t(v TEXT)")
        conn.commit()
        conn.execute("INSERT INTO t VALUES (?)", (f"клиент {canary}",))
        conn.commit()  # lives in the WAL until a checkpoint
        result = scan(
            {canary: canary_forms(canary)}, roots=default_scan_roots(tmp_path), since=since
        )
    finally:
        conn.close()
    wal_hits = [h for h in result.hits if h.path.endswith("plain.db-wal")]
    record_security("T1", n=1, control_wal_found=int(bool(wal_hits)))
    assert wal_hits, "the scanner must find the canary in a plain WAL"


def test_t01_positive_control_temp_store_file_spill_is_found(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    canary = cyrillic_canary()
    since = scan_start()
    conn = sqlite3.connect(tmp_path / "plain2.db", isolation_level=None)
    try:
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("PRAGMA temp.cache_size = 5")  # SQLite then writes temp pages to /var/tmp
        conn.execute("CREATE TEMP TABLE spill(v TEXT)")
        conn.executemany(
            "INSERT INTO spill VALUES (?)", [(f"{canary} {i} " + "x" * 200,) for i in range(3000)]
        )
        rows = conn.execute("SELECT v FROM spill ORDER BY v DESC").fetchmany(5)
        assert rows
        open_before = [str(p) for p in open_file_descriptors()]
        result = scan(
            {canary: canary_forms(canary)}, roots=default_scan_roots(tmp_path), since=since
        )
    finally:
        conn.close()
    spill_hits = [h for h in result.hits if "(deleted)" in h.path]
    record_security("T1", n=1, control_spill_found=int(bool(spill_hits)))
    assert spill_hits, f"the scanner must find a temp_store=FILE spill; open files: {open_before}"
