"""Held-out set 184: app traffic written without reading the signature library."""
