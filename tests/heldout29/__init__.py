"""Held-out set 29: app traffic written without reading the signature library."""
