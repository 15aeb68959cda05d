"""Held-out set 257 (see generate.py)."""
