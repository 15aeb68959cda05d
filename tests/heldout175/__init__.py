"""Held-out set 175: app traffic written without reading the signature library."""
