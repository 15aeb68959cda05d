"""Held-out set 67: app traffic written without reading the signature library."""
