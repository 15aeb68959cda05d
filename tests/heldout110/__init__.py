"""Held-out set 110: app traffic written without reading the signature library."""
