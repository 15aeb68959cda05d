"""Held-out set 25: app traffic written without reading the signature library."""
