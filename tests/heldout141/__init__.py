"""Held-out set 141: app traffic written without reading the signature library."""
