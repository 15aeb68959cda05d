"""Held-out set 155: app traffic written without reading the signature library."""
