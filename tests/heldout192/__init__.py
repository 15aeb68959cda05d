"""Held-out set 192: app traffic written without reading the signature library."""
