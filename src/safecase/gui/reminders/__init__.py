"""Reminders in the app: the scheduler, tray notifications and the in-app reminder list."""
