"""Held-out set 109: app traffic written without reading the signature library."""
