"""Held-out set 113: app traffic written without reading the signature library."""
