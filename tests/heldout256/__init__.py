"""Held-out set 256: app traffic written without reading the signature library."""
