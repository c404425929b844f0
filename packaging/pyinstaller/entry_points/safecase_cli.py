"""Frozen entry point of the command line (same as the `safecase-cli` script of the wheel)."""

from safecase.cli import main

raise SystemExit(main())
