"""Held-out set 211: app traffic written without reading the signature library."""
