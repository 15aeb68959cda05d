"""Held-out set 59: app traffic written without reading the signature library."""
