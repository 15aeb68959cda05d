"""Held-out set 227: app traffic written without reading the signature library."""
