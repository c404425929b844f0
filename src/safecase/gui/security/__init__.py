"""Protections against seizure and shoulder-surfing: the panic action, quick erase, the privacy
curtain, capture exclusion and the failed-unlock wait shown on the unlock window."""
