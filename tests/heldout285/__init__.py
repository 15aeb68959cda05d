"""Held-out set 285: app traffic written without reading the signature library."""
