"""Held-out set 236 (see generate.py)."""
