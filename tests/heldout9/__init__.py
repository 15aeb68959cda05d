"""Held-out set 9: app traffic written without reading the signature library."""
