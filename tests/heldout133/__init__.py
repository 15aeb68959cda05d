"""Held-out set 133: a family in Istanbul, Izmir and Diyarbakır (see generate.py)."""
