"""Held-out set 127: app traffic written without reading the signature library."""
