"""Held-out set 122: app traffic written without reading the signature library."""
