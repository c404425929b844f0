"""Frozen entry point of the desktop app (same as the `safecase` gui-script of the wheel)."""

from safecase.app import main

raise SystemExit(main())
