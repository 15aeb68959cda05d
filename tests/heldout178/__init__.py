"""Held-out set 178: app traffic written without reading the signature library."""
