"""Held-out set 135: app traffic written without reading the signature library."""
