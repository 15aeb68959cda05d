"""Held-out set 204: app traffic written without reading the signature library."""
