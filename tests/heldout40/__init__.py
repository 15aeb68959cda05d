"""Held-out set 40: app traffic written without reading the signature library."""
