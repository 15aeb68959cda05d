"""Held-out set 168: a family in Utrecht and Ghent (Dutch / Flemish apps)."""
