"""Held-out set 193: an Uzbek family's app traffic, written without reading the rules."""
