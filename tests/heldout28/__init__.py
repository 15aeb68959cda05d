"""Held-out set 28: app traffic written without reading the signature library."""
