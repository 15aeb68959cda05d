"""Held-out set 215: app traffic written without reading the signature library."""
