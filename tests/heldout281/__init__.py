"""Held-out set 281: app traffic written without reading the signature library."""
