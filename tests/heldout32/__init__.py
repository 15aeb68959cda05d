"""Held-out set 32: app traffic written without reading the signature library."""
