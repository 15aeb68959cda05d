"""Held-out set 73: app traffic written without reading the signature library."""
