"""Held-out set 275: app traffic written without reading the signature library."""
