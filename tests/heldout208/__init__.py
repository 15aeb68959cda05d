"""Held-out set 208: app traffic written without reading the signature library."""
