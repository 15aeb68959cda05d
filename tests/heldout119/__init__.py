"""Held-out set 119: app traffic written without reading the signature library."""
