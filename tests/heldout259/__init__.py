"""Held-out set 259: app traffic written without reading the signature library."""
