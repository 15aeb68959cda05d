"""Held-out set 229: app traffic written without reading the signature library."""
