"""Pure domain: records, enums, errors, clock, deadline rules.

Imports nothing from SafeCase above it."""
