"""Held-out set 130: app traffic written without reading the signature library."""
