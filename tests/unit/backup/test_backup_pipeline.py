"""Backup, verify and restore run on worker threads: a cancel or a full disk must still leave
no file, no scratch copy and no thread behind, and the vault usable. Real vaults and files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factories import Filled
from helpers import PASSPHRASE, pw
from safecase.services import backup
from safecase.services import vault as vault_service
from safecase.storage import bulk_io


def io_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(bulk_io.THREAD_PREFIX)]


def cancel_after(calls: int) -> backup.Progress:
    seen = 0

    def progress(done: int, total: int) -> None:
        nonlocal seen
        seen += 1
        if seen == calls:
            raise backup.BackupCancelled("cancelled by the test")

    return progress


def test_cancelled_backup_leaves_nothing_and_no_thread(filled: Filled, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with vault_service.unlock(filled.root, pw()) as vault:
        with pytest.raises(backup.BackupCancelled):
            backup.create_backup(
                vault, out_dir / "b.age", [filled.recovery.recipient], progress=cancel_after(3)
            )
        assert list(out_dir.iterdir()) == []
        assert io_threads() == []
        # The snapshot's read transaction ended with it: the vault takes writes again.
        vault.conn.execute("CREATE TABLE after_cancel (x)")
        vault.conn.execute("DROP TABLE after_cancel")


def test_cancelled_verify_and_restore_leave_no_copy(
    filled: Filled, backup_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(backup.BackupCancelled):
        backup.verify_backup(backup_file, [filled.recovery], progress=cancel_after(2))
    target = tmp_path / "restored.db"
    with pytest.raises(backup.BackupCancelled):
        backup.restore_into(backup_file, [filled.recovery], target, progress=cancel_after(2))
    assert not target.exists()
    assert io_threads() == []
    assert backup.verify_backup(backup_file, [filled.recovery]).counts["person"] == 1


_CHILD = """
import errno, json, sys, threading, traceback
from pathlib import Path
from safecase.crypto import age
from safecase.services import backup
from safecase.services import vault as vault_service

mode, root, recovery, place = sys.argv[1:5]
identity = age.X25519Identity.from_str(recovery)
try:
    if mode == "backup":
        with vault_service.unlock(Path(root), bytearray(sys.argv[5].encode())) as vault:
            backup.create_backup(vault, Path(place) / "b.age", [identity.recipient])
    else:
        backup.restore_into(Path(root), [identity], Path(place) / "vault.db")
    error, frames = None, []
except OSError as exc:
    error = errno.errorcode.get(exc.errno or 0)
    frames = [f.name for f in traceback.extract_tb(exc.__traceback__)]
print(json.dumps({"error": error, "frames": frames, "left": sorted(p.name for p in
      Path(place).iterdir()), "threads": [t.name for t in threading.enumerate()][1:]}))
"""


def _on_small_disk(
    tmp_path: Path, mode: str, source: Path, recovery: str, *extra: str
) -> dict[str, object]:
    """Run `_CHILD` against a 1 MiB tmpfs mounted in a private mount namespace."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    child = tmp_path / "child.py"
    child.write_text(_CHILD)
    mnt = tmp_path / "small"
    mnt.mkdir()
    quoted = " ".join(
        f"'{a}'" for a in (sys.executable, child, mode, source, recovery, mnt, *extra)
    )
    script = f"mount -t tmpfs -o size=1m tmpfs {mnt} && {quoted}"
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    if not result.stdout.strip() and "mount" in result.stderr:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs and fallocate: Linux")
def test_backup_to_a_full_disk_fails_before_writing_and_leaves_nothing(
    big_filled: Filled, tmp_path: Path
) -> None:
    recovery = big_filled.recovery.to_str()
    report = _on_small_disk(tmp_path, "backup", big_filled.root, recovery, PASSPHRASE)
    assert report["error"] == "ENOSPC"
    assert "preallocate" in report["frames"]  # refused up front, not half-way through
    assert report["left"] == []
    assert report["threads"] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs and fallocate: Linux")
def test_restore_to_a_full_disk_fails_early_and_removes_the_copy(
    big_filled: Filled, tmp_path: Path
) -> None:
    source = tmp_path / "b.age"
    with vault_service.unlock(big_filled.root, pw()) as vault:
        backup.create_backup(vault, source, [big_filled.recovery.recipient])
    report = _on_small_disk(tmp_path, "restore", source, big_filled.recovery.to_str())
    assert report["error"] == "ENOSPC"
    assert "preallocate" in report["frames"]
    assert report["left"] == []
    assert report["threads"] == []


def test_a_stop_during_the_integrity_checks_interrupts_them(filled: Filled, tmp_path: Path) -> None:
    """The lock stops an automatic backup's check through its progress callback; the checks at
    the end of a verify must listen too, not only the decryption before them."""
    out = tmp_path / "b.age"
    with vault_service.unlock(filled.root, pw()) as vault:
        backup.create_backup(vault, out, [filled.recovery.recipient])
    calls: list[tuple[int, int]] = []

    def stop_once_decrypted(done: int, total: int) -> None:
        calls.append((done, total))
        if done == total:  # the checks ask with everything done
            raise backup.BackupCancelled("stopped")

    with pytest.raises(backup.BackupCancelled):
        backup.verify_backup(out, [filled.recovery], progress=stop_once_decrypted)
    decrypting, checking = calls[:-1], calls[-1]
    assert decrypting and all(done < total for done, total in decrypting)
    assert checking[0] == checking[1]
    # Without a stop the same verify passes.
    assert backup.verify_backup(out, [filled.recovery], progress=lambda d, t: None).counts
