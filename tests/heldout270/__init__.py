"""Held-out set 270: app traffic written without reading the signature library."""
