"""Held-out set 243: app traffic written without reading the signature library."""
