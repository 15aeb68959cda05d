"""Held-out set 8: app traffic written without reading the signature library."""
