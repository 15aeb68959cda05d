"""Held-out set 84: a fitness instructor's iPhone (precision stress set)."""
