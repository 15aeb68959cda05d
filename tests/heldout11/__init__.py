"""Held-out set 11: app traffic written without reading the signature library."""
