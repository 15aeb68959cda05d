"""Held-out set 171: a Korean family's traffic, written without reading the signature library."""
