"""Held-out set 83: app traffic written without reading the signature library."""
