"""Held-out set 95: app traffic written without reading the signature library."""
