"""Held-out set 279 (see generate.py)."""
