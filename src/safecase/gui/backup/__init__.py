"""Backup dialogs: back up now, restore from a backup, automatic backups."""
