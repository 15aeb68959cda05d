"""Held-out set 10: app traffic written without reading the signature library."""
