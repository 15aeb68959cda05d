"""Held-out set 63: app traffic written without reading the signature library."""
