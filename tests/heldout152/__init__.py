"""Held-out set 152: an Italian family's traffic, written without reading the signature library."""
