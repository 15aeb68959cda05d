"""Held-out set 36: app traffic written without reading the signature library."""
