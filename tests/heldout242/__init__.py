"""Held-out set 242: app traffic written without reading the signature library."""
