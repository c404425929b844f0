"""Item models over the records services: SQL-backed, lazily paged, emptied on lock."""
