"""Held-out set 106: a Copenhagen museum curator's traffic, written without reading the rules."""
