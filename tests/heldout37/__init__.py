"""Held-out set 37: app traffic written without reading the signature library."""
