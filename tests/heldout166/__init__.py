"""Held-out set 166: app traffic written without reading the signature library."""
