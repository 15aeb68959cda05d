"""Held-out set 191: app traffic written without reading the signature library."""
