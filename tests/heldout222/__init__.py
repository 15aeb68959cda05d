"""Held-out set 222: app traffic written without reading the signature library."""
