"""`make security-report`: run the adversarial suite (tests/security) with the LARGE counts and
print one table — test id, trials (N), result, key figure.

    python tests/security/report.py [--quick] [PYTEST ARGS…]

It runs pytest with SAFECASE_STRESS=1 (the stress twins run), SAFECASE_SECURITY_REPORT=1 (their
quick twins are skipped, so N counts once) and SAFECASE_SECURITY_RESULTS=<file>, into which
every test writes its outcome and figures (tests/security/conftest.py). pytest's own output goes
to a log file whose path is printed; the exit status is 1 if any row failed. `--quick` runs the
quick counts instead (what `make test` runs), for a fast look at the table.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = "tests/security"

WHAT = {
    "T1": "canary scan of every file written (full GUI journey)",
    "T2": "wrong passphrases: near misses, empty, very long",
    "T3": "tampered store pages (ciphertext/IV/HMAC), salt, key file",
    "T4": "backups: vectors, truncations, mutations, secrets, age interop",
    "T5": "kill -9: commits, key file, backup, restore, rekey",
    "T6": "disk full (tmpfs, RLIMIT_FSIZE): writes, rekey, passwd, backup",
    "T7": "Hypothesis fuzz of every parser of outside data",
    "T8": "no network: audit hook, CLI + GUI under unshare -rn",
    "T9": "idle/screen-lock/sleep/minimise/panic lock leaves nothing",
    "T10": "clipboard: hints, clearing (X11: Ctrl+C, PRIMARY), foreign kept",
    "T11": "second instance refused; holder killed, vault reopens",
    "T12": "passphrase change / rekey interrupted at every step",
    "T14": "configuration guard: plain sqlite, pragmas, plaintext store",
    "T15": "deleted-record residue in decrypted pages",
    "T16": "core dumps disabled in the app process",
    "T17": "logs at DEBUG through a full journey",
    "units": "panic, quick erase, unlock guard, curtain, capture, metadata",
}
ORDER = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T14",
         "T15", "T16", "T17", "units"]  # fmt: skip


@dataclass
class Row:
    test_id: str
    n: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    numbers: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    texts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_test: list[tuple[str, int, dict[str, object]]] = field(default_factory=list)
    findings: set[str] = field(default_factory=set)

    def add_figures(self, nodeid: str, n: int, figures: dict[str, object]) -> None:
        self.n += n
        self.by_test.append((nodeid, n, figures))
        for key, value in figures.items():
            if isinstance(value, bool | int):
                self.numbers[key] += int(value)
            elif value not in ("", None):
                self.texts[key].add(str(value))

    @property
    def failed(self) -> bool:
        return any(self.outcomes[k] for k in ("failed", "error"))

    @property
    def result(self) -> str:
        if not self.outcomes:
            return "not run"
        if self.failed:
            return "FAIL"
        if self.outcomes.get("passed", 0) == 0 and self.outcomes.get("xfailed", 0) == 0:
            return "skipped"
        return "pass"

    def n_of(self, key: str, contains: str) -> int:
        return sum(
            n for nodeid, n, figures in self.by_test if contains in nodeid and key in figures
        )


def _g(row: Row, key: str) -> int:
    return row.numbers.get(key, 0)


def key_figure(row: Row) -> str:  # noqa: PLR0911 - one line per test id
    t = row.test_id
    if t == "T1":
        return (f"{_g(row, 'hits')} hits in {row.n_of('hits', 'full_journey')} files; "
                f"controls found: WAL {_g(row, 'control_wal_found')}, spill {_g(row, 'control_spill_found')}")  # fmt: skip
    if t == "T2":
        return f"{_g(row, 'accepted')} accepted, {_g(row, 'other_errors')} untyped, files changed {_g(row, 'files_changed')}"
    if t == "T3":
        pages = max((f.get("pages", 0) for _, _, f in row.by_test), default=0)  # type: ignore[type-var]
        size = max((f.get("store_bytes", 0) for _, _, f in row.by_test), default=0)  # type: ignore[type-var]
        return (f"{_g(row, 'undetected')} undetected ({pages} pages = {int(size) // 1024} KiB, x3 regions + salt; "
                f"{_g(row, 'at_unlock')} at unlock, {_g(row, 'by_health_check')} by health check); "
                f"key file: {_g(row, 'keyfile_accepted')} accepted")  # fmt: skip
    if t == "T4":
        mutations = row.n_of("accepted", "mutated")
        return (f"{_g(row, 'accepted') + _g(row, 'wrong_secret_accepted') + _g(row, 'forged_accepted')} accepted "
                f"({mutations} mutations, {row.n_of('accepted', 'truncation')} cuts, "
                f"{row.n_of('vectors_wrong', 'vectors')} vectors, {_g(row, 'vectors_wrong')} wrong); "
                f"vault changed {_g(row, 'vault_changed')}, temp files left {_g(row, 'temp_left')}")  # fmt: skip
    if t == "T5":
        return (
            f"{_g(row, 'corrupt')} corrupt, {_g(row, 'lost')} acknowledged-but-lost ({row.n} kills)"
        )
    if t == "T6":
        return (
            f"{_g(row, 'lost')} committed rows lost, {_g(row, 'problems')} unclear errors/leftovers"
        )
    if t == "T7":
        per_parser = [n for _, n, f in row.by_test if "parser" in f]
        known = ",".join(sorted(row.texts.get("known_findings", set()))) or "none"
        return (f"{_g(row, 'unexpected')} unexpected, {_g(row, 'hangs')} hangs over {len(per_parser)} parsers, "
                f"min {min(per_parser, default=0)} inputs each; known findings: {known}")  # fmt: skip
    if t == "T8":
        return f"{_g(row, 'inet_sockets')} AF_INET/AF_INET6 sockets, {_g(row, 'cli_failures')} CLI failures, {_g(row, 'network_qt_modules')} network Qt modules"
    if t == "T9":
        return f"{_g(row, 'leaks')} leaks over {row.n} triggers (controls {_g(row, 'controls_ok')}/{row.n})"
    if t == "T10":
        return (f"{_g(row, 'ours_left')} of ours left, {_g(row, 'clobbered')} foreign clobbered, {_g(row, 'hints_missing')} hints missing; "
                f"X11 controls that read the copy before the lock: {_g(row, 'x11_controls_read')}")  # fmt: skip
    if t == "T11":
        return f"{_g(row, 'second_opens')} second opens, {_g(row, 'unclean')} unclean, {_g(row, 'locked_out')} locked out"
    if t == "T12":
        return f"{_g(row, 'neither')} opened with neither, {_g(row, 'corrupt')} corrupt"
    if t == "T14":
        return f"{_g(row, 'accepted')} unsafe configurations accepted, {_g(row, 'plaintext_files')} plaintext files"
    if t == "T15":
        return f"{_g(row, 'residual')} residual canaries; control with secure_delete=OFF found {_g(row, 'control_residue_found')}"
    if t == "T16":
        return f"PR_GET_DUMPABLE {_g(row, 'dumpable')}, RLIMIT_CORE {_g(row, 'core_limit')}, {_g(row, 'cores_written')} core files"
    if t == "T17":
        return f"{_g(row, 'hits')} hits in {row.n} log lines ({_g(row, 'debug_lines')} at DEBUG)"
    passed = row.outcomes.get("passed", 0)
    return f"{passed} tests passed"


def _known(row: Row) -> str:
    """Known findings are strict xfail tests (they fail once fixed, to be turned into tests)."""
    if not row.outcomes.get("xfailed", 0):
        return ""
    return f" (xfail {'/'.join(sorted(row.findings)) or 'known'})"


def read_results(path: Path) -> dict[str, Row]:
    rows = {t: Row(t) for t in ORDER}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        row = rows.setdefault(record["id"], Row(record["id"]))
        if record["kind"] == "figures":
            row.add_figures(record["nodeid"], record["n"], record["figures"])
        else:
            outcome = record["outcome"]
            reason = str(record.get("wasxfail") or "")
            row.findings.update(re.findall(r"finding (F\d+)", reason))
            if reason:
                outcome = "xfailed" if outcome == "skipped" else "xpassed-failed"
                if outcome == "xpassed-failed":
                    row.outcomes["failed"] += 1
            row.outcomes[outcome] += 1
    return rows


def render(rows: dict[str, Row]) -> str:
    header = ("test", "what", "N", "result", "key figure")
    lines = []
    body = []
    for t in ORDER:
        row = rows[t]
        n = row.n if row.n else sum(row.outcomes.values())
        body.append((t, WHAT.get(t, ""), f"{n:,}", row.result + _known(row), key_figure(row)))
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(4)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}"
    lines.append(fmt.format(*header))
    lines.append(fmt.format(*("-" * w for w in widths), "-" * 10))
    lines += [fmt.format(*r) for r in body]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    extra = [a for a in argv if a != "--quick"]
    results = Path(tempfile.mkstemp(prefix="safecase-security-", suffix=".jsonl")[1])
    log = results.with_suffix(".log")
    env = dict(os.environ, SAFECASE_SECURITY_RESULTS=str(results), QT_QPA_PLATFORM="offscreen")
    if quick:
        command = [sys.executable, "-m", "pytest", SUITE, "-m", "not stress", "-q", "-rfEX", *extra]
    else:
        env.update(SAFECASE_STRESS="1", SAFECASE_SECURITY_REPORT="1")
        command = [sys.executable, "-m", "pytest", SUITE, "-q", "-rfEX", *extra]
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.call(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    minutes = (time.monotonic() - started) / 60
    rows = read_results(results)
    results.unlink()
    print(f"SafeCase security report ({'quick' if quick else 'large'} counts, {minutes:.1f} min)")
    print(render(rows))
    print(f"pytest log: {log}")
    failed = [t for t, r in rows.items() if r.result in ("FAIL", "not run")]
    if failed or code not in (0,):
        print(f"FAILED: {', '.join(failed) or 'pytest exit code ' + str(code)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
