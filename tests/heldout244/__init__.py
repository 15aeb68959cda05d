"""Held-out set 244: app traffic written without reading the signature library."""
