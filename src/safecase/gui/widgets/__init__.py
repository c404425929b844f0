"""Small reusable widgets, one class per module."""
