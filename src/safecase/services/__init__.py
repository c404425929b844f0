"""Use cases over storage and crypto, shared by the CLI and the GUI. No Qt here."""
