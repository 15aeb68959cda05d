"""Held-out set 97: app traffic written without reading the signature library."""
