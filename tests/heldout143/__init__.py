"""Held-out set 143: app traffic written without reading the signature library."""
