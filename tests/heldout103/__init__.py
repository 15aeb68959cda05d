"""Held-out set 103: app traffic written without reading the signature library."""
