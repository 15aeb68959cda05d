"""Held-out set 223: app traffic written without reading the signature library."""
