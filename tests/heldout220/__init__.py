"""Held-out set 220: app traffic written without reading the signature library."""
