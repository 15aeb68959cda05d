"""Held-out set 246: a Telugu family's app traffic, written without reading the rules."""
