"""Held-out set 264: app traffic written without reading the signature library."""
