"""Held-out set 162: app traffic written without reading the signature library."""
