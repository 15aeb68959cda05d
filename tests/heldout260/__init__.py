"""Held-out set 260 (see generate.py)."""
