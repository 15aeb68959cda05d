"""Held-out set 199: app traffic written without reading the signature library."""
