"""Held-out set 207: a Turkish family in Istanbul, Izmir and Berlin."""
