"""Held-out set 105: app traffic written without reading the signature library."""
