"""Held-out set 41: app traffic written without reading the signature library."""
