"""Held-out set 120: app traffic written without reading the signature library."""
