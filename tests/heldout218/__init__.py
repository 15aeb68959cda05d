"""Held-out set 218: app traffic written without reading the signature library."""
