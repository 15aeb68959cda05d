"""Held-out set 269: app traffic written without reading the signature library."""
