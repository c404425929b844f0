"""Backups through the real CLI: create/verify/restore, interop with the Debian `age` tool,
kill -9 during backup and restore, and a full disk."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from helpers import snapshot

FAST = "1024,1,1"
PASS = "a long and private passphrase"


def cli(*args: str, stdin: str | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safecase.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=300, check=False, **kw,  # type: ignore[call-overload]
    )  # fmt: skip


def _need_age() -> str:
    path = shutil.which("age")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("the age CLI must be installed in CI (make system-deps)")
        pytest.skip("age CLI not installed")
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, Path | str]:
    vault = tmp_path / "v"
    pwfile = tmp_path / "pw"
    pwfile.write_text(PASS + "\n")
    made = cli(
        "--vault", str(vault), "init", "--passphrase-file", str(pwfile), "--kdf-params", FAST
    )
    assert made.returncode == 0, made.stderr
    key = next(w for w in made.stdout.split() if w.startswith("AGE-SECRET-KEY-1"))
    idfile = tmp_path / "recovery.txt"
    idfile.write_text(f"# recovery key\n{key}\n")
    import_file = tmp_path / "data.bin"
    import_file.write_bytes(os.urandom(64 * 1024))
    return {"vault": vault, "pw": pwfile, "id": idfile, "key": key, "tmp": tmp_path}


def _backup(env: dict[str, Path | str], out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("--vault", str(env["vault"]), "backup", "create", str(out),
               "--passphrase-file", str(env["pw"]), *extra)  # fmt: skip


def test_create_verify_restore_with_recovery_key(env: dict[str, Path | str]) -> None:
    tmp = Path(env["tmp"])
    out = tmp / "b.age"
    result = _backup(env, out)
    assert result.returncode == 0, result.stderr
    before = snapshot(Path(env["vault"]))
    verified = cli("backup", "verify", str(out), "--identity", str(env["id"]))
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout
    assert snapshot(Path(env["vault"])) == before
    restored = cli("--vault", str(tmp / "unused"), "backup", "restore", str(out), "--identity",
                   str(env["id"]), "--to", str(tmp / "r"), "--new-passphrase-file", str(env["pw"]),
                   "--kdf-params", FAST)  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert (
        cli("--vault", str(tmp / "r"), "check", "--passphrase-file", str(env["pw"])).returncode == 0
    )


def test_backup_passphrase_and_wrong_secret_exit_codes(env: dict[str, Path | str]) -> None:
    tmp = Path(env["tmp"])
    bpw = tmp / "bpw"
    bpw.write_text("backup passphrase words\n")
    out = tmp / "p.age"
    result = _backup(env, out, "--backup-passphrase-file", str(bpw), "--scrypt-log-n", "10")
    assert result.returncode == 0, result.stderr
    assert cli("backup", "verify", str(out), "--backup-passphrase-file", str(bpw)).returncode == 0
    bpw.write_text("backup passphrase word\n")
    wrong = cli("backup", "verify", str(out), "--backup-passphrase-file", str(bpw))
    assert wrong.returncode == 3
    out.write_bytes(out.read_bytes()[:-10])
    bpw.write_text("backup passphrase words\n")
    cut = cli("backup", "verify", str(out), "--backup-passphrase-file", str(bpw))
    assert cut.returncode == 5, cut.stderr
    assert "Traceback" not in cut.stderr


def test_age_cli_decrypts_our_backup(env: dict[str, Path | str]) -> None:
    age_bin = _need_age()
    out = Path(env["tmp"]) / "b.age"
    assert _backup(env, out).returncode == 0
    plain = subprocess.run([age_bin, "-d", "-i", str(env["id"]), str(out)],
                           capture_output=True, check=True).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert tar.getnames() == ["vault.db", "manifest.json"]


def test_we_decrypt_what_age_cli_encrypted(env: dict[str, Path | str]) -> None:
    age_bin = _need_age()
    tmp = Path(env["tmp"])
    ours = tmp / "b.age"
    assert _backup(env, ours).returncode == 0
    plain = subprocess.run([age_bin, "-d", "-i", str(env["id"]), str(ours)],
                           capture_output=True, check=True).stdout  # fmt: skip
    recipient = subprocess.run(["age-keygen", "-y", str(env["id"])],
                               capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    theirs = tmp / "theirs.age"
    subprocess.run([age_bin, "-r", recipient, "-o", str(theirs)], input=plain, check=True)
    verified = cli("backup", "verify", str(theirs), "--identity", str(env["id"]))
    assert verified.returncode == 0, verified.stderr


def _big_vault(env: dict[str, Path | str]) -> None:
    """Grow the store so a backup takes long enough to be interrupted."""
    code = (
        "import sys, os, io\n"
        "from safecase.services import vault as v\n"
        "from safecase.services.records import RecordsService\n"
        "x = v.unlock(__import__('pathlib').Path(sys.argv[1]), bytearray(sys.argv[2].encode()))\n"
        "RecordsService(x.conn).add_attachment(io.BytesIO(os.urandom(40 << 20)), 'a.bin', '')\n"
        "x.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(env["vault"]), PASS], check=True)


def test_kill_during_backup_leaves_vault_intact_and_no_stray_file(
    env: dict[str, Path | str],
) -> None:
    _big_vault(env)
    tmp = Path(env["tmp"])
    outdir = tmp / "usb"
    outdir.mkdir()
    rng = random.Random(5)
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "safecase.cli", "--vault", str(env["vault"]),
                                 "backup", "create", str(outdir / "b.age"), "--passphrase-file",
                                 str(env["pw"])], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check = cli("--vault", str(env["vault"]), "check", "--passphrase-file", str(env["pw"]))
        assert check.returncode == 0, check.stdout + check.stderr
    assert _backup(env, outdir / "b.age").returncode == 0
    assert [p.name for p in outdir.iterdir()] == ["b.age"]


def test_kill_during_restore_leaves_no_half_vault(env: dict[str, Path | str]) -> None:
    _big_vault(env)
    tmp = Path(env["tmp"])
    out = tmp / "b.age"
    assert _backup(env, out).returncode == 0
    for delay in (0.2, 0.6, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "safecase.cli", "--vault", str(env["vault"]),
                                 "backup", "restore", str(out), "--identity", str(env["id"]),
                                 "--replace", "--new-passphrase-file", str(env["pw"]),
                                 "--kdf-params", FAST],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check = cli("--vault", str(env["vault"]), "check", "--passphrase-file", str(env["pw"]))
        assert check.returncode == 0, check.stdout + check.stderr
    target = tmp / "fresh"
    proc = subprocess.Popen([sys.executable, "-m", "safecase.cli", "backup", "restore", str(out),
                             "--identity", str(env["id"]), "--to", str(target),
                             "--new-passphrase-file", str(env["pw"]), "--kdf-params", FAST],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(0.4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists() or (target / "vault.keys").exists()
    final = cli("--vault", str(tmp / "x"), "backup", "restore", str(out), "--identity",
                str(env["id"]), "--to", str(tmp / "fresh2"), "--new-passphrase-file",
                str(env["pw"]), "--kdf-params", FAST)  # fmt: skip
    assert final.returncode == 0, final.stderr
    assert not list(tmp.glob(".safecase-restore-*"))


def test_disk_full_during_backup_gives_a_clear_error(env: dict[str, Path | str]) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    _big_vault(env)
    tmp = Path(env["tmp"])
    mnt = tmp / "small"
    mnt.mkdir()
    script = (
        f"mount -t tmpfs -o size=2m tmpfs {mnt} && "
        f"{sys.executable} -m safecase.cli --vault {env['vault']} backup create {mnt}/b.age "
        f"--passphrase-file {env['pw']}; echo rc=$?; ls -A {mnt}"
    )
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                            text=True, timeout=300, check=False)  # fmt: skip
    if "rc=" not in result.stdout:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    assert "rc=1" in result.stdout
    assert "disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip().endswith("rc=1")  # nothing left in the mount
    check = cli("--vault", str(env["vault"]), "check", "--passphrase-file", str(env["pw"]))
    assert check.returncode == 0
