"""Held-out set 267 (see generate.py)."""
