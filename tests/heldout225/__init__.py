"""Held-out set 225 (generated): a Peruvian family's devices."""
