"""Held-out set 276 (see generate.py)."""
