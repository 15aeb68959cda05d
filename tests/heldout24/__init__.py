"""Held-out set 24: app traffic written without reading the signature library."""
