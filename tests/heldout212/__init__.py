"""Held-out set 212: app traffic written without reading the signature library."""
