"""Held-out set 179: app traffic written without reading the signature library."""
