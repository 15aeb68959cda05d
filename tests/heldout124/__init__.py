"""Held-out set 124: app traffic written without reading the signature library."""
