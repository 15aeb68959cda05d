"""Held-out set 58: Korean streaming, K-pop, finance and smart-home traffic,
written without reading the signature library."""
