"""Held-out set 111: app traffic written without reading the signature library."""
