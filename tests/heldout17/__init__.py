"""Held-out set 17 (see generate.py)."""
