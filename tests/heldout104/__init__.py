"""Held-out set 104: app traffic written without reading the signature library."""
