"""Held-out set 271 (see generate.py)."""
