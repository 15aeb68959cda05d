"""Held-out set 228: app traffic written without reading the signature library."""
