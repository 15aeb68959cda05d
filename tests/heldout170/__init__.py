"""Held-out set 170: app traffic written without reading the signature library."""
