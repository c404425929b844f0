"""Locking: the one lock controller, and the triggers that ask it to lock (idle, screen lock,
suspend, minimise)."""
