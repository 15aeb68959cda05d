"""Held-out set 26: app traffic written without reading the signature library."""
