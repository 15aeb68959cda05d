"""Held-out set 137: app traffic written without reading the signature library."""
