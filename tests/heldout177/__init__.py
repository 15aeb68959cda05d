"""Held-out set 177: a Peruvian family's app traffic, written without reading the rules."""
