"""Held-out set 197: app traffic written without reading the signature library."""
