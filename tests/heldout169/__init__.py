"""Held-out set 169: app traffic written without reading the signature library."""
