"""Interoperability with the stock `age` CLI (Debian's age 1.1.1), in both directions.

A backup must open with `age` even if SafeCase is gone, and we must open what `age` writes.
`age -p` reads passphrases from the terminal only, so those runs get a pseudo-terminal.
Skipped when `age` is not installed, except under CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from safecase.crypto.age import (
    AgeNoIdentityMatch,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    encrypt_bytes,
)

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
CHUNK = 64 * 1024
SIZES = [0, 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7]
PASSPHRASE = "interop passphrase ✓"


@pytest.fixture(autouse=True, scope="module")
def _age_cli_available() -> None:
    if AGE is None or AGE_KEYGEN is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the age CLI is required under CI (make system-deps installs it)")
        pytest.skip("the age CLI is not installed (make system-deps installs it)")


def run_with_terminal(args: list[str], answers: list[str], timeout_s: float = 60) -> str:
    """Run `args` on a pseudo-terminal, typing one answer per passphrase prompt."""
    pid, master = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes the age process
        try:
            # The age CLI itself, by absolute path from shutil.which; no shell involved.
            os.execvp(args[0], args)  # noqa: S606
        finally:
            os._exit(127)
    output = b""
    answered = 0
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                output += data
            prompts = len(re.findall(rb"passphrase[^\n]*: ", output, flags=re.IGNORECASE))
            while answered < min(prompts, len(answers)):
                os.write(master, answers[answered].encode("utf-8") + b"\n")
                answered += 1
        else:
            os.kill(pid, 9)
            raise AssertionError(f"{args[0]} did not finish: {output!r}")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(master)
    text = output.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    return text


@pytest.fixture(scope="module")
def keyfile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("age") / "key.txt"
    subprocess.run([str(AGE_KEYGEN), "-o", str(path)], check=True, capture_output=True)
    return path


def identity_from(keyfile: Path) -> X25519Identity:
    lines = [line for line in keyfile.read_text().splitlines() if not line.startswith("#")]
    return X25519Identity.from_str(lines[0])


def test_our_key_parsing_agrees_with_age_keygen(keyfile: Path) -> None:
    public = subprocess.run(
        [str(AGE_KEYGEN), "-y", str(keyfile)], check=True, capture_output=True, text=True
    ).stdout.strip()
    identity = identity_from(keyfile)
    assert identity.recipient.to_str() == public
    assert X25519Recipient.from_str(public) == identity.recipient


def test_age_keygen_accepts_our_generated_identity(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    path = tmp_path / "ours.txt"
    path.write_text(identity.to_str() + "\n")
    public = subprocess.run(
        [str(AGE_KEYGEN), "-y", str(path)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert public == identity.recipient.to_str()


@pytest.mark.parametrize("size", SIZES)
def test_age_decrypts_our_x25519_files(keyfile: Path, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    sealed = tmp_path / "ours.age"
    sealed.write_bytes(encrypt_bytes([identity_from(keyfile).recipient], data))
    result = subprocess.run(
        [str(AGE), "-d", "-i", str(keyfile), str(sealed)], check=True, capture_output=True
    )
    assert result.stdout == data


@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_age_x25519_files(keyfile: Path, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    plain = tmp_path / "plain"
    plain.write_bytes(data)
    sealed = tmp_path / "theirs.age"
    recipient = identity_from(keyfile).recipient.to_str()
    subprocess.run([str(AGE), "-r", recipient, "-o", str(sealed), str(plain)], check=True)
    assert decrypt_bytes([identity_from(keyfile)], sealed.read_bytes()) == data
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([X25519Identity.generate()], sealed.read_bytes())


def test_age_decrypts_our_multi_recipient_file(keyfile: Path, tmp_path: Path) -> None:
    sealed = tmp_path / "multi.age"
    others = [X25519Identity.generate().recipient for _ in range(3)]
    sealed.write_bytes(encrypt_bytes([*others, identity_from(keyfile).recipient], b"multi"))
    result = subprocess.run(
        [str(AGE), "-d", "-i", str(keyfile), str(sealed)], check=True, capture_output=True
    )
    assert result.stdout == b"multi"


@pytest.mark.slow
def test_we_decrypt_an_age_passphrase_file(tmp_path: Path) -> None:
    """`age -p` (its default work factor, 2**18) written through a pseudo-terminal."""
    data = os.urandom(CHUNK + 3)
    plain = tmp_path / "plain"
    plain.write_bytes(data)
    sealed = tmp_path / "theirs.age"
    run_with_terminal([str(AGE), "-p", "-o", str(sealed), str(plain)], [PASSPHRASE, PASSPHRASE])
    assert sealed.read_bytes().split(b"\n")[1].startswith(b"-> scrypt ")
    identity = ScryptIdentity(PASSPHRASE.encode("utf-8"))
    assert decrypt_bytes([identity], sealed.read_bytes()) == data
    with pytest.raises(AgeNoIdentityMatch):
        decrypt_bytes([ScryptIdentity(b"wrong")], sealed.read_bytes())


def test_age_decrypts_our_passphrase_file(tmp_path: Path) -> None:
    data = os.urandom(CHUNK + 3)
    sealed = tmp_path / "ours.age"
    recipient = ScryptRecipient(PASSPHRASE.encode("utf-8"), log_n=10, allow_weak=True)
    sealed.write_bytes(encrypt_bytes([recipient], data))
    out = tmp_path / "out"
    run_with_terminal([str(AGE), "-d", "-o", str(out), str(sealed)], [PASSPHRASE])
    assert out.read_bytes() == data
