"""Held-out set 61: app traffic written without reading the signature library."""
