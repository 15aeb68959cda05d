"""Held-out set 180: a family in Baku and Ganja, app traffic written without reading the rules."""
