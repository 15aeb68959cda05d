"""Held-out set 202: app traffic written without reading the signature library."""
