"""Held-out set 118: app traffic written without reading the signature library."""
