"""Held-out set 261: app traffic written without reading the signature library."""
