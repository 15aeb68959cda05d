"""Held-out set 176: app traffic written without reading the signature library."""
