"""Held-out set 234 (generated; see generate.py)."""
