"""Held-out set 196: a Cameroonian family's app traffic, written without reading the rules."""
