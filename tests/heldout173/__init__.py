"""Held-out set 173: app traffic written without reading the signature library."""
