"""Held-out set 205: app traffic written without reading the signature library."""
