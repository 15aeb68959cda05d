"""Held-out set 247: app traffic written without reading the signature library."""
