"""Held-out set 156: a Thai family's traffic, written without reading the signature library."""
