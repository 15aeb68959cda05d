"""Held-out set 54: an LG webOS TV and a moto g phone in a Latin-American household."""
