"""Held-out set 44: app traffic written without reading the signature library."""
