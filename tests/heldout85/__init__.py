"""Held-out set 85: app traffic written without reading the signature library."""
