"""Held-out set 189: app traffic written without reading the signature library."""
