"""Held-out set 20 (generated traffic, see generate.py)."""
