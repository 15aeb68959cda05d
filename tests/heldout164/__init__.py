"""Held-out set 164: app traffic written without reading the signature library."""
