"""Held-out set 232 (generated traffic, precision stress)."""
