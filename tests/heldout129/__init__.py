"""Held-out set 129: app traffic written without reading the signature library."""
