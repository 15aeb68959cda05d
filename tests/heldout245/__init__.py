"""Held-out set 245: app traffic written without reading the signature library."""
