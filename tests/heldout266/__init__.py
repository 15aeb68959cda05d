"""Held-out set 266: app traffic written without reading the signature library."""
