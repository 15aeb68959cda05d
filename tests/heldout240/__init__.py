"""Held-out set 240: app traffic written without reading the signature library."""
