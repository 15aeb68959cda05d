"""Held-out set 195: app traffic written without reading the signature library."""
