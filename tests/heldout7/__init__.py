"""Held-out set 7: app traffic written without reading the signature library."""
