"""Held-out set 139: app traffic written without reading the signature library."""
