"""Held-out set 226: app traffic written without reading the signature library."""
