"""The global search palette (Ctrl+K)."""
