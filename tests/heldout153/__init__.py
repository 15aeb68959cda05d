"""Held-out set 153: app traffic written without reading the signature library."""
