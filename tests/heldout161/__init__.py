"""Held-out set 161: a Greek / Cypriot family's traffic, written without reading the rules."""
