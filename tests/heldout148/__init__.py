"""Held-out set 148: app traffic written without reading the signature library."""
