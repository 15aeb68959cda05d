"""Held-out set 75: app traffic written without reading the signature library."""
