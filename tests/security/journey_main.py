"""The full GUI journey (journey.py) as its own process, set up the way `safecase` sets itself up:
process hardening, the app's logging (at DEBUG with --debug), Qt's identity, settings redirected
and Qt's message handler — then the journey. Used by T17 (logs at DEBUG) and T8 (the journey under
`unshare -rn` with a recording audit hook).

Usage: python journey_main.py BASE_DIR [--debug] [--provoke-uncaught]
Prints to STDOUT one JSON object: the canaries, the passphrase, the recovery key and the data key
(hex), so the parent can look for them in STDERR (the log) and in every file written. Nothing
secret is written to stderr by this script itself.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
from pathlib import Path

from safecase.process_hardening import harden_process


def main() -> int:
    base = Path(sys.argv[1])
    debug = "--debug" in sys.argv
    harden_process()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from safecase import app as app_module
    from safecase import paths

    app_module._configure_logging(debug)
    app_module._prepare_qt(paths.config_dir(), debug=debug)

    from journey import journey_canaries, run_journey

    from safecase.gui.application import Application

    application = Application([sys.argv[0]])
    canaries = journey_canaries()
    passphrase = f"quokka{secrets.token_hex(4)} harbour violet thimble"
    logging.getLogger("safecase.journey").debug("journey starting")
    facts = run_journey(application, base, canaries, passphrase)
    if "--provoke-uncaught" in sys.argv:
        # An exception whose message carries case data, through the app's uncaught-exception
        # hook: the log may name where it happened, never what the message says.
        try:
            raise ValueError(f"record {canaries.person} at {canaries.latin}")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    sys.stdout.write(
        json.dumps(
            {
                "canaries": canaries.all(),
                "passphrase": passphrase,
                "recovery_key": facts.recovery_key,
                "data_key_hex": facts.data_key_hex,
                "steps": facts.steps,
                "seen_in_widgets": facts.canary_seen_in_widgets,
                "qt_modules": sorted(m for m in sys.modules if m.startswith("PySide6.")),
            }
        )
        + "\n"
    )
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
