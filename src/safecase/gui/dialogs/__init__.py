"""Dialogs and windows: unlock, first run, and the vault maintenance dialogs."""
