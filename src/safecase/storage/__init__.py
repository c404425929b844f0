"""SQLCipher connection, migrations and repositories (rows <-> domain objects)."""
