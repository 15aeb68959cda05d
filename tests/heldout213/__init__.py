"""Held-out set 213: app traffic written without reading the signature library."""
