"""Held-out set 194: a Kurdistan Region family's app traffic, written without reading the rules."""
