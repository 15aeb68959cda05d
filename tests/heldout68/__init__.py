"""Held-out set 68: a tourist's Pixel 9 in Spain, Italy and the USA (precision stress)."""
