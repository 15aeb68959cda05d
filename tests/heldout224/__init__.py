"""Held-out set 224: app traffic written without reading the signature library."""
