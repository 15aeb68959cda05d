"""Held-out set 237 (generated, blind to the signatures)."""
