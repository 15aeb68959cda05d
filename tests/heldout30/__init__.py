"""Held-out set 30: app traffic written without reading the signature library."""
