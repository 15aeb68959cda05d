"""Held-out set 16: Sony Bravia Google TV traffic, written without reading the signatures."""
