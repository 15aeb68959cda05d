"""Held-out set 203: app traffic written without reading the signature library."""
