"""Held-out set 268: app traffic written without reading the signature library."""
