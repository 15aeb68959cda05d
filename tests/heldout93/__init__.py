"""Held-out set 93: Portuguese app traffic written without reading the signature library."""
