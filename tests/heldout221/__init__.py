"""Held-out set 221: app traffic written without reading the signature library."""
