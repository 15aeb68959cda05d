"""Held-out set 14: app traffic written without reading the signature library."""
