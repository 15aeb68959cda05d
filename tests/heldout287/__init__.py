"""Held-out set 287: app traffic written without reading the signature library."""
