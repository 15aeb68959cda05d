"""Held-out set 278: app traffic written without reading the signature library."""
