"""Held-out set 230: app traffic written without reading the signature library."""
