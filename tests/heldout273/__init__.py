"""Held-out set 273: app traffic written without reading the signature library."""
