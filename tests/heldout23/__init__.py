"""Held-out set 23: Fire TV and Meta Quest traffic written without reading the signature library."""
