"""Held-out set 147: a Brazilian family's traffic, written without reading the signature library."""
