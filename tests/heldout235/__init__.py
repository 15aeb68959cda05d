"""Held-out set 235: app traffic written without reading the signature library."""
