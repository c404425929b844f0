"""T17 — logs at DEBUG. The full GUI journey runs in its own process set up like the app with
`--debug` (the app's logging to stderr at DEBUG, Qt's messages included), plus an uncaught
exception whose message carries case data. stderr and every file written under HOME/XDG are
then searched for the canaries (all forms), the passphrase, the recovery key and the data key
(raw, hex in both cases, base64). Positive control: the same search finds all of them in the
process's stdout, where the journey deliberately printed them for this test.
Pass: 0 hits in the logs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from security_helpers import (
    HERE,
    PYTHON,
    RecordSecurity,
    canary_forms,
    python_env,
    scan,
    scan_start,
    secret_forms,
)


def test_t17_debug_logs_hold_no_case_data_or_secrets(
    tmp_path: Path, record_security: RecordSecurity
) -> None:
    home = Path(os.environ["HOME"])
    since = scan_start()
    result = subprocess.run([PYTHON, str(HERE / "journey_main.py"), str(tmp_path / "base"), "--debug",
                             "--provoke-uncaught"], capture_output=True, timeout=600,
                            env=python_env(SAFECASE_DEBUG="1"), check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    facts = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert facts["steps"][-1] == "quit"
    forms: dict[str, dict[str, bytes]] = {c: canary_forms(c) for c in facts["canaries"]}
    forms["passphrase"] = canary_forms(facts["passphrase"]) | {
        "first word": facts["passphrase"].split()[0].encode()
    }
    forms["recovery key"] = {
        "text": facts["recovery_key"].encode(),
        "body": facts["recovery_key"][15:45].encode(),
    }
    forms["data key"] = secret_forms(bytes.fromhex(facts["data_key_hex"]))
    stderr = tmp_path / "stderr.log"
    stderr.write_bytes(result.stderr)
    logs = scan(forms, extra_files=[stderr], open_files=False)
    # Any log-like file the process may have written (none is expected: logging is stderr only).
    written = scan(forms, roots=[home], since=since, open_files=False)
    log_files = [h for h in written.hits if h.path.endswith((".log", ".txt", ".err"))]
    stdout = tmp_path / "stdout.json"
    stdout.write_bytes(result.stdout)
    control = scan({k: forms[k] for k in ("data key", "recovery key", facts["canaries"][0])},
                   extra_files=[stdout], open_files=False)  # fmt: skip
    debug_lines = sum(1 for line in result.stderr.splitlines() if line.startswith(b"DEBUG"))
    record_security("T17", n=len(result.stderr.splitlines()), hits=len(logs.hits) + len(log_files),
                    debug_lines=debug_lines, control_found=len({h.canary for h in control.hits}))  # fmt: skip
    assert debug_lines > 0, "logging must really have run at DEBUG"
    assert b"uncaught ValueError" in result.stderr, "the uncaught-exception hook must have logged"
    assert len({h.canary for h in control.hits}) == 3, "the scan must find what stdout holds"
    assert [(h.canary[:12], h.form) for h in logs.hits] == []
    assert log_files == []
