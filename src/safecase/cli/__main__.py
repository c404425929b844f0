"""`python -m safecase.cli` runs safecase-cli."""

from safecase.cli import main

raise SystemExit(main())
