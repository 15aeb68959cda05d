"""Held-out set 238: a Yoruba family in Lagos, Ibadan and London (see generate.py)."""
