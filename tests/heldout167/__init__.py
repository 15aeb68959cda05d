"""Held-out set 167: app traffic written without reading the signature library."""
