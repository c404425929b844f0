"""SafeCase: an offline, encrypted case and deadline tracker for caseworkers."""

__version__ = "0.1.0"
