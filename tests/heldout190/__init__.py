"""Held-out set 190: app traffic written without reading the signature library."""
