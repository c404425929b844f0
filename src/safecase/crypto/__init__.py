"""Key derivation, key slots and the backup container: the only code that handles key bytes."""
