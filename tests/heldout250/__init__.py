"""Held-out set 250: a Congolese family's devices (see generate.py)."""
