"""Held-out set 252 (see generate.py)."""
