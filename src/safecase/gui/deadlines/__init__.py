"""Deadline dialogs: add a deadline from a rule, set a computed date by hand."""
