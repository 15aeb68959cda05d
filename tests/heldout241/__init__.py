"""Held-out set 241: app traffic written without reading the signature library."""
