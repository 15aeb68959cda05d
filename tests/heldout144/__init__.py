"""Held-out set 144: app traffic written without reading the signature library."""
