"""Held-out set 265 (Belarus and Lithuania)."""
