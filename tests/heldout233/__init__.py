"""Held-out set 233: app traffic written without reading the signature library."""
