"""Held-out set 154: app traffic written without reading the signature library."""
