"""Held-out set 114: a warehouse shift lead's phone, written without reading the rules."""
