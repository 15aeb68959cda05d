"""Held-out set 174: app traffic written without reading the signature library."""
