"""Held-out set 121: app traffic written without reading the signature library."""
