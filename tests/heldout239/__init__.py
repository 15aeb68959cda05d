"""Held-out set 239 (generated; see generate.py)."""
