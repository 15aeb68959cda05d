"""Held-out set 39: app traffic written without reading the signature library."""
