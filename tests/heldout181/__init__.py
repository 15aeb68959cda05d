"""Held-out set 181: app traffic written without reading the signature library."""
