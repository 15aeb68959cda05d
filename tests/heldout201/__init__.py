"""Held-out set 201: app traffic written without reading the signature library."""
