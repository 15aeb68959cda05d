"""Held-out set 125: app traffic written without reading the signature library."""
