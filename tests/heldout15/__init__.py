"""Held-out set 15: a budget Android phone in India (see generate.py)."""
