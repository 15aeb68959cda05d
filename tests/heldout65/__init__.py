"""Held-out set 65: app traffic written without reading the signature library."""
