"""Held-out set 183: app traffic written without reading the signature library."""
