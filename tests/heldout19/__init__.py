"""Held-out set 19: app traffic written without reading the signature library."""
