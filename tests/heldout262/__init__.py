"""Held-out set 262 (Bhutan)."""
