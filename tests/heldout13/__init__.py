"""Held-out set 13: a teenager's Pixel 7a, written without reading the signature library."""
