"""Held-out set 22: app traffic written without reading the signature library."""
