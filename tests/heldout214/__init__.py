"""Held-out set 214: app traffic written without reading the signature library."""
