"""Held-out set 64: app traffic written without reading the signature library."""
