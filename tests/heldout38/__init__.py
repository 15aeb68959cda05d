"""Held-out set 38: app traffic written without reading the signature library."""
