"""Held-out set 27: app traffic written without reading the signature library."""
