"""Held-out set 253: app traffic written without reading the signature library."""
