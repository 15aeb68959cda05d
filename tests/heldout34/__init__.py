"""Held-out set 34: a Tecno phone in Kenya, Nigeria and Pakistan (see generate.py)."""
