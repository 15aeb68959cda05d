"""Held-out set 160: app traffic written without reading the signature library."""
