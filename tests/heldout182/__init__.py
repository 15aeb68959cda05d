"""Held-out set 182: a Hungarian family's traffic, written without reading the signature library."""
