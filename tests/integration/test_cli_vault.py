"""safecase-cli vault commands as a caseworker or script runs them: real processes, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import flip_bit, snapshot
from safecase.storage.connection import SQLITE_PLAINTEXT_HEADER

FAST = "1024,1,1"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safecase.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw"
    path.write_text("a long and private passphrase\n", encoding="utf-8")
    return path


@pytest.fixture
def initialised(tmp_path: Path, pwfile: Path) -> tuple[Path, str]:
    vault = tmp_path / "v"
    result = cli(
        "--vault", str(vault), "init", "--passphrase-file", str(pwfile), "--kdf-params", FAST
    )
    assert result.returncode == 0, result.stderr
    key = next(w for w in result.stdout.split() if w.startswith("AGE-SECRET-KEY-1"))
    return vault, key


def test_init_creates_encrypted_vault_and_shows_recovery_key(initialised: tuple[Path, str]) -> None:
    vault, key = initialised
    assert len(key) > 60
    for path in vault.iterdir():
        assert not path.read_bytes().startswith(SQLITE_PLAINTEXT_HEADER)


def test_check_reports_healthy(initialised: tuple[Path, str], pwfile: Path) -> None:
    result = cli("--vault", str(initialised[0]), "check", "--passphrase-file", str(pwfile))
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout


def test_wrong_passphrase_exits_3_and_changes_nothing(
    initialised: tuple[Path, str], tmp_path: Path
) -> None:
    vault = initialised[0]
    bad = tmp_path / "bad"
    bad.write_text("a long and private passphrase \n", encoding="utf-8")
    before = snapshot(vault)
    result = cli("--vault", str(vault), "check", "--passphrase-file", str(bad))
    assert result.returncode == 3
    assert "Wrong passphrase" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(vault) == before


def test_flipped_byte_in_store_exits_4(initialised: tuple[Path, str], pwfile: Path) -> None:
    vault = initialised[0]
    flip_bit(vault / "vault.db", 4096 // 2, 3)
    result = cli("--vault", str(vault), "check", "--passphrase-file", str(pwfile))
    assert result.returncode == 4, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_passphrase_from_stdin_and_passwd(initialised: tuple[Path, str], tmp_path: Path) -> None:
    vault = initialised[0]
    result = cli(
        "--vault", str(vault), "passwd", "--passphrase-file", "-", "--new-passphrase-file", "-",
        stdin="a long and private passphrase\nanother long passphrase\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    result = cli("--vault", str(vault), "check", "--passphrase-file", "-",
                 stdin="another long passphrase\n")  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_recover_with_recovery_key(initialised: tuple[Path, str], tmp_path: Path) -> None:
    vault, key = initialised
    keyfile = tmp_path / "recovery.txt"
    keyfile.write_text(key + "\n", encoding="utf-8")
    newpw = tmp_path / "new"
    newpw.write_text("fresh passphrase after loss\n", encoding="utf-8")
    result = cli("--vault", str(vault), "recover", "--recovery-key-file", str(keyfile),
                 "--new-passphrase-file", str(newpw))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert cli("--vault", str(vault), "check", "--passphrase-file", str(newpw)).returncode == 0
    keyfile.write_text("AGE-SECRET-KEY-1QQQQ\n", encoding="utf-8")
    result = cli("--vault", str(vault), "recover", "--recovery-key-file", str(keyfile),
                 "--new-passphrase-file", str(newpw))  # fmt: skip
    assert result.returncode == 3


def test_rotate_key(initialised: tuple[Path, str], pwfile: Path) -> None:
    vault = initialised[0]
    twice = "a long and private passphrase\n" * 2
    result = cli("--vault", str(vault), "rotate-key", "--passphrase-file", "-", stdin=twice)
    assert result.returncode == 0, result.stderr
    assert cli("--vault", str(vault), "check", "--passphrase-file", str(pwfile)).returncode == 0


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert cli("--vault", str(tmp_path), "no-such-command").returncode == 2
    assert cli("--vault", str(tmp_path), "init", "--kdf-params", "nonsense").returncode == 2


def test_missing_vault_is_not_created(tmp_path: Path, pwfile: Path) -> None:
    result = cli("--vault", str(tmp_path / "none"), "check", "--passphrase-file", str(pwfile))
    assert result.returncode == 1
    assert "no vault" in result.stderr.lower()
    assert not (tmp_path / "none").exists()
