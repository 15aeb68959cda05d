"""Held-out set 21: Japanese app traffic, written without reading the signature library."""
