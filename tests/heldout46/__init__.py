"""Held-out set 46: app traffic written without reading the signature library."""
