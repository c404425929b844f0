"""`python -m safecase` starts the desktop app."""

from safecase.app import main

raise SystemExit(main())
