"""Held-out set 140: app traffic written without reading the signature library."""
