"""Held-out set 209: app traffic written without reading the signature library."""
