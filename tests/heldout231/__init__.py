"""Held-out set 231: app traffic written without reading the signature library."""
